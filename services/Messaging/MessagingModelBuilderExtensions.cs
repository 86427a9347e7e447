using Frivillighed.Messaging.ReadModels;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Messaging;

public static class MessagingModelBuilderExtensions
{
    // Every service's DbContext holds its own outbox and inbox, so a change and its event commit together.
    public static ModelBuilder AddOutboxAndInbox(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable("outbox_messages");
            outbox.HasKey(m => m.Id);
            outbox.Property(m => m.Id).UseIdentityAlwaysColumn();
            outbox.Property(m => m.MessageType).HasMaxLength(300);
            outbox.Property(m => m.Payload).HasColumnType("jsonb");
            outbox.HasIndex(m => m.MessageId).IsUnique();
            outbox.HasIndex(m => m.Id).HasFilter("sent_at IS NULL").HasDatabaseName("ix_outbox_messages_pending");
        });
        modelBuilder.Entity<InboxMessage>(inbox =>
        {
            inbox.ToTable("inbox_messages");
            inbox.HasKey(m => new { m.MessageId, m.Consumer });
            inbox.Property(m => m.Consumer).HasMaxLength(200);
        });
        return modelBuilder;
    }

    // The local copy of the Associations register (and its representatives) that Booking, Grants and Events decide by.
    public static ModelBuilder AddAssociationReadModel(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<KnownAssociation>(association =>
        {
            association.ToTable("known_associations");
            association.HasKey(a => a.Id);
            association.Property(a => a.Id).ValueGeneratedNever();
            association.Property(a => a.Name).HasMaxLength(200);
            association.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        });
        modelBuilder.Entity<KnownRepresentative>(representative =>
        {
            representative.ToTable("known_representatives");
            representative.HasKey(r => new { r.AssociationId, r.UserId });
            representative.HasIndex(r => r.UserId);
            representative.Property(r => r.Role).HasConversion<string>().HasMaxLength(20);
        });
        return modelBuilder;
    }
}
