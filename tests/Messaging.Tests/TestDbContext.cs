using Frivillighed.AssociationReadModel;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Messaging.Tests;

// A service-shaped DbContext for the messaging tests: outbox, inbox, the association read model,
// and an effects table whose counter shows how often a consumer's effect was applied.
public sealed class TestDbContext(DbContextOptions<TestDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Effect>(e =>
        {
            e.ToTable("effects");
            e.HasKey(x => x.AssociationId);
        });
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAssociationReadModel();
    }
}

public sealed class Effect
{
    public Guid AssociationId { get; init; }
    public int Applied { get; set; }
}
