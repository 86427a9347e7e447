using Frivillighed.Associations.Model;
using Frivillighed.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Associations.Data;

public sealed class AssociationsDbContext(DbContextOptions<AssociationsDbContext> options) : DbContext(options)
{
    public DbSet<Association> Associations => Set<Association>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Association>(association =>
        {
            association.HasKey(a => a.Id);
            association.Property(a => a.Name).HasMaxLength(200);
            association.Property(a => a.CvrNumber).HasMaxLength(8).IsFixedLength();
            association.HasIndex(a => a.CvrNumber).IsUnique();
            association.Property(a => a.Town).HasMaxLength(50);
            association.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
            association.Property(a => a.Version).IsConcurrencyToken();
            association.HasIndex(a => new { a.Name, a.Id });
        });
        modelBuilder.AddOutboxAndInbox();
    }
}
