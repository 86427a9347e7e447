using Frivillighed.AssociationReadModel;
using Frivillighed.Messaging;
using Frivillighed.Notifications.Model;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Notifications.Data;

public sealed class NotificationsDbContext(DbContextOptions<NotificationsDbContext> options) : DbContext(options)
{
    public DbSet<Mail> Mails => Set<Mail>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Participant> Participants => Set<Participant>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Mail>(m =>
        {
            m.HasKey(x => x.Id);
            m.HasIndex(x => x.Key).IsUnique();
            m.Property(x => x.Key).HasMaxLength(400);
            m.Property(x => x.Template).HasMaxLength(100);
            m.Property(x => x.RecipientName).HasMaxLength(200);
            m.Property(x => x.RecipientEmail).HasMaxLength(254);
            m.Property(x => x.Subject).HasMaxLength(300);
            m.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            m.Property(x => x.LastError).HasMaxLength(1000);
            m.HasIndex(x => x.NextAttemptAt).HasFilter("status = 'Pending'").HasDatabaseName("ix_mails_pending");
            m.HasIndex(x => x.CreatedAt);
            m.HasIndex(x => x.RecipientEmail);
        });
        modelBuilder.Entity<Person>(p =>
        {
            p.HasKey(x => x.UserId);
            p.Property(x => x.UserId).ValueGeneratedNever();
            p.Property(x => x.DisplayName).HasMaxLength(200);
            p.Property(x => x.Email).HasMaxLength(254);
            p.HasIndex(x => x.Email);
        });
        modelBuilder.Entity<Participant>(p =>
        {
            p.HasKey(x => x.RegistrationId);
            p.Property(x => x.RegistrationId).ValueGeneratedNever();
            p.Property(x => x.Name).HasMaxLength(200);
            p.Property(x => x.Email).HasMaxLength(254);
            p.Property(x => x.CancelLink).HasMaxLength(300);
            p.Property(x => x.Title).HasMaxLength(200);
            p.Property(x => x.Venue).HasMaxLength(300);
            p.Property(x => x.Town).HasMaxLength(50);
            p.HasIndex(x => x.EventId);
            p.HasIndex(x => x.StartsAt);
        });
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAssociationReadModel();
    }
}
