namespace Frivillighed.Booking.Apis;

// BookingsInPeriod: confirmed bookings that the closing now overlaps (they are not cancelled automatically).
public sealed record ClosedPeriodCreated(ClosedPeriodResponse Period, int BookingsInPeriod);
