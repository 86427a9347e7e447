namespace Frivillighed.Events.Model;

// A conference, dialogue meeting, course or fair. ("Event" alone would clash with System.Diagnostics.Tracing.)
public sealed class PlatformEvent
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public EventKind Kind { get; init; }
    public required string Title { get; init; }
    public required string Description { get; init; }
    public DateTimeOffset StartsAt { get; init; }
    public DateTimeOffset EndsAt { get; init; }
    public required string Venue { get; init; }
    public required string Town { get; init; }
    public int Capacity { get; init; }
}
