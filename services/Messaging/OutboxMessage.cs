namespace Frivillighed.Messaging;

// An integration event waiting to be published; written in the same transaction as the change it describes.
public sealed class OutboxMessage
{
    public long Id { get; init; }
    public Guid MessageId { get; init; }
    public required string MessageType { get; init; }
    public required string Payload { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public string? TraceParent { get; init; }
    public DateTimeOffset? SentAt { get; set; }
}
