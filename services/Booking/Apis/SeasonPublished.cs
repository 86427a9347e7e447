namespace Frivillighed.Booking.Apis;

public sealed record SeasonPublished(SeasonRoundResponse Round, int Granted, int Rejected, int BookingsCreated, List<RequestConflicts> Skipped);
