namespace Frivillighed.Contracts.Booking;

// The booking made for a request is no longer wanted (the event was cancelled): Booking cancels it.
public sealed record VenueReleaseRequested(Guid RequestId, Guid BookingId, string Reason, DateTimeOffset OccurredAt);
