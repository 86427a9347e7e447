namespace Frivillighed.Contracts.Booking;

public sealed record BookingRightRestored(Guid AssociationId, string Reason, DateTimeOffset OccurredAt);
