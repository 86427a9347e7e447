namespace Frivillighed.Contracts.Events;

// The first person on the waiting list got a seat: one a cancellation freed (FreedByRegistrationId), or one
// added by more capacity (null).
public sealed record WaitingListPromoted(Guid RegistrationId, Guid EventId, Guid? FreedByRegistrationId, DateTimeOffset OccurredAt);
