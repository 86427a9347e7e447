namespace Frivillighed.Contracts.Booking;

// A facility is booked for this time (a one-off booking or one occurrence of a series). AssociationId is null
// for the municipality's own use.
public sealed record BookingConfirmed(
    Guid BookingId,
    Guid FacilityId,
    string FacilityName,
    Guid? AssociationId,
    string Activity,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    Guid? SeriesId,
    decimal Price,
    DateTimeOffset OccurredAt,
    Guid? SeasonRoundId = null);
