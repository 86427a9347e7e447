namespace Frivillighed.Contracts.Events;

// A registration was cancelled; SeatFreed says whether it held a seat (the waiting list then moves up).
public sealed record RegistrationCancelled(Guid RegistrationId, Guid EventId, bool SeatFreed, DateTimeOffset OccurredAt);
