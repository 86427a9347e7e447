namespace Frivillighed.Contracts.Booking;

public sealed record SeasonGrant(
    Guid RequestId,
    Guid? AssociationId,
    Guid FacilityId,
    DayOfWeek Weekday,
    TimeOnly Start,
    TimeOnly End,
    Guid SeriesId,
    int Bookings);
