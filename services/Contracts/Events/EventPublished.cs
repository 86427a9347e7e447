namespace Frivillighed.Contracts.Events;

public sealed record EventPublished(Guid EventId, string Kind, string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Venue, string Town,
    int Capacity, string Audience, DateTimeOffset OccurredAt);
