using Frivillighed.AssociationReadModel;
using Frivillighed.Events.Model;
using Frivillighed.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Events.Data;

public sealed class EventsDbContext(DbContextOptions<EventsDbContext> options) : DbContext(options)
{
    public DbSet<PlatformEvent> Events => Set<PlatformEvent>();
    public DbSet<Session> Sessions => Set<Session>();
    public DbSet<Registration> Registrations => Set<Registration>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<PlatformEvent>(e =>
        {
            e.ToTable("events", t =>
            {
                t.HasCheckConstraint("ck_events_period", "ends_at > starts_at");
                t.HasCheckConstraint("ck_events_capacity", "capacity > 0");
                t.HasCheckConstraint("ck_events_registered", "registered >= 0 AND registered <= capacity");
            });
            e.HasKey(x => x.Id);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.Description).HasMaxLength(4000);
            e.Property(x => x.Venue).HasMaxLength(300);
            e.Property(x => x.Town).HasMaxLength(50);
            e.Property(x => x.Audience).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.InvitationCode).HasMaxLength(100);
            e.Property(x => x.StatusReason).HasMaxLength(1000);
            e.Property(x => x.Version).IsRowVersion();
            e.HasIndex(x => x.StartsAt);
            e.HasIndex(x => x.VenueRequestId).IsUnique();
        });

        modelBuilder.Entity<Session>(s =>
        {
            s.ToTable("sessions", t => t.HasCheckConstraint("ck_sessions_registered", "registered >= 0 AND registered <= capacity"));
            s.HasKey(x => x.Id);
            s.HasOne<PlatformEvent>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
            s.Property(x => x.Title).HasMaxLength(200);
        });

        modelBuilder.Entity<Registration>(r =>
        {
            r.HasKey(x => x.Id);
            r.HasOne<PlatformEvent>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
            r.Property(x => x.Name).HasMaxLength(200);
            r.Property(x => x.Email).HasMaxLength(254);
            r.Property(x => x.Dietary).HasMaxLength(500);
            r.Property(x => x.Accessibility).HasMaxLength(500);
            r.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            r.Property(x => x.CancelTokenHash).HasMaxLength(64);
            r.Property(x => x.Version).IsRowVersion();
            r.HasIndex(x => new { x.EventId, x.Status, x.RegisteredAt });
            r.HasIndex(x => new { x.EventId, x.QueueNumber }).IsUnique();
        });

        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAssociationReadModel();
    }
}
