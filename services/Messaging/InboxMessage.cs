namespace Frivillighed.Messaging;

// A message a consumer has already applied; its key makes a redelivery a no-op.
public sealed class InboxMessage
{
    public Guid MessageId { get; init; }
    public required string Consumer { get; init; }
    public DateTimeOffset ProcessedAt { get; init; }
}
