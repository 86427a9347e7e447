namespace Frivillighed.Contracts.Events;

public sealed record EventCancelled(Guid EventId, string Title, string Reason, int Registrations, DateTimeOffset OccurredAt);
