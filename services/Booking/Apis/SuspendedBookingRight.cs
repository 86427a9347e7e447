namespace Frivillighed.Booking.Apis;

// An association that may not book until staff lift the suspension (its name as this service knows it).
public sealed record SuspendedBookingRight(Guid AssociationId, string? AssociationName, DateTimeOffset SuspendedAt, int ConsecutiveNoShows);
