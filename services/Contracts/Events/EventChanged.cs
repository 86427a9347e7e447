namespace Frivillighed.Contracts.Events;

public sealed record EventChanged(Guid EventId, string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, int Capacity, string Change,
    DateTimeOffset OccurredAt);
