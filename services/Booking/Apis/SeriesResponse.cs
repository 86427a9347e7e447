using Frivillighed.Booking.Model;

namespace Frivillighed.Booking.Apis;

public sealed record SeriesResponse(
    Guid Id,
    Guid FacilityId,
    Guid? AssociationId,
    string Activity,
    DayOfWeek Weekday,
    DateOnly FirstDate,
    DateOnly LastDate,
    TimeOnly Start,
    TimeOnly End,
    List<BookingResponse> Bookings,
    List<SlotConflict> Skipped);
