namespace Frivillighed.Contracts.Booking;

public sealed record VenueBooked(Guid RequestId, Guid BookingId, Guid FacilityId, string FacilityName, string Town, string Address,
    DateTimeOffset OccurredAt);
