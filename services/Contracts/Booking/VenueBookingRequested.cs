namespace Frivillighed.Contracts.Booking;

// Another service (Events) asks Booking to book a facility for the municipality's own use. Booking answers with
// VenueBooked or VenueBookingRejected, naming the same RequestId.
public sealed record VenueBookingRequested(Guid RequestId, Guid FacilityId, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Activity,
    DateTimeOffset OccurredAt);
