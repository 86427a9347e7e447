namespace Frivillighed.Booking.Apis;

public sealed record ClosedPeriodResponse(Guid Id, Guid FacilityId, DateOnly From, DateOnly To, string Reason);
