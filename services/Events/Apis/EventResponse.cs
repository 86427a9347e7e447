using Frivillighed.Events.Model;

namespace Frivillighed.Events.Apis;

public sealed record EventResponse(
    Guid Id, EventKind Kind, string Title, string Description, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Venue, string Town, int Capacity);

public static class EventMapping
{
    public static EventResponse ToResponse(this PlatformEvent e) =>
        new(e.Id, e.Kind, e.Title, e.Description, e.StartsAt, e.EndsAt, e.Venue, e.Town, e.Capacity);
}
