namespace Frivillighed.Contracts.Booking;

// Three no-shows in a row (Faxe rule 3.8): the association cannot book until staff lift the suspension.
public sealed record BookingRightSuspended(Guid AssociationId, int ConsecutiveNoShows, DateTimeOffset OccurredAt);
