namespace Frivillighed.Booking.Apis;

// SkipConflicts: when a granted slot is already booked on some dates, book the other dates and report them,
// instead of publishing nothing.
public sealed record PublishSeasonRequest(bool SkipConflicts = false);
