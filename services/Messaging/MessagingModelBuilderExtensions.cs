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
}
