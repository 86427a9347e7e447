namespace Frivillighed.Events.Model;

// One participant: confirmed (holding a seat), waiting (in the order of QueueNumber) or cancelled. The personal
// link to cancel carries a secret whose hash is kept here. Personal data is removed some days after the event.
public sealed class Registration
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid EventId { get; init; }
    public string Name { get; set; } = "";
    public string Email { get; set; } = "";
    public Guid? AssociationId { get; init; }
    public string? Dietary { get; set; }
    public string? Accessibility { get; set; }
    public List<Guid> SessionIds { get; set; } = [];
    public RegistrationStatus Status { get; set; }
    public DateTimeOffset RegisteredAt { get; init; }
    // Place in the event's waiting list, drawn under the event's row lock: the order in which waiting registrations commit.
    public long? QueueNumber { get; set; }
    public DateTimeOffset? PromotedAt { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
    public string? CancelTokenHash { get; set; }
    public DateTimeOffset? CheckedInAt { get; set; }
    public bool Anonymised { get; set; }
    public uint Version { get; set; }
}
