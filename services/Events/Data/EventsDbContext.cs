using Frivillighed.Events.Model;
using Frivillighed.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Events.Data;

public sealed class EventsDbContext(DbContextOptions<EventsDbContext> options) : DbContext(options)
{
    public DbSet<PlatformEvent> Events => Set<PlatformEvent>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<PlatformEvent>(e =>
        {
            e.ToTable("events", t =>
            {
                t.HasCheckConstraint("ck_events_period", "ends_at > starts_at");
                t.HasCheckConstraint("ck_events_capacity", "capacity > 0");
            });
            e.HasKey(x => x.Id);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.Description).HasMaxLength(4000);
            e.Property(x => x.Venue).HasMaxLength(200);
            e.Property(x => x.Town).HasMaxLength(50);
            e.HasIndex(x => x.StartsAt);
        });
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAssociationReadModel();
    }
}
