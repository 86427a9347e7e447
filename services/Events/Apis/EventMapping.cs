using Frivillighed.Events.Model;

namespace Frivillighed.Events.Apis;

public static class EventMapping
{
    public static EventResponse ToResponse(this PlatformEvent e) =>
        new(e.Id, e.Kind, e.Title, e.Description, e.StartsAt, e.EndsAt, e.Venue, e.Town, e.Capacity);
}
