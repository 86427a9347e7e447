namespace Frivillighed.Events.Apis;

public sealed record SessionResponse(Guid Id, string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, int Capacity, int Registered);
