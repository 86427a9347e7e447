namespace Frivillighed.Booking.Apis;

public sealed record TimeRange(TimeOnly From, TimeOnly To);
