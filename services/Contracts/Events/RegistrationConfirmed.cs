namespace Frivillighed.Contracts.Events;

// A seat is someone's. No name or e-mail on the bus: consumers that need them ask the Events service.
public sealed record RegistrationConfirmed(Guid RegistrationId, Guid EventId, Guid? AssociationId, DateTimeOffset OccurredAt);
