using Frivillighed.Events.Model;

namespace Frivillighed.Events.Apis;

public sealed record EventResponse(
    Guid Id, EventKind Kind, string Title, string Description, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Venue, string Town, int Capacity);
