namespace Frivillighed.Events.Model;

// A part of the programme with seats of its own (a workshop, a track). Registered never exceeds Capacity.
public sealed class Session
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid EventId { get; init; }
    public required string Title { get; init; }
    public DateTimeOffset StartsAt { get; init; }
    public DateTimeOffset EndsAt { get; init; }
    public int Capacity { get; init; }
    public int Registered { get; init; }
}
