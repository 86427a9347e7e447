namespace Frivillighed.Contracts.Booking;

public sealed record VenueBookingRejected(Guid RequestId, Guid FacilityId, string Reason, DateTimeOffset OccurredAt);
