namespace Frivillighed.Booking.Apis;

// From: for a series, the first date to cancel (default: everything not yet begun).
public sealed record CancelBookingRequest(string? Reason, DateOnly? From = null);
