namespace Frivillighed.Booking.Apis;

public sealed record LiftSuspensionRequest(string? Reason);
