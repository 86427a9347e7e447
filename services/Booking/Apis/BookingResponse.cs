using Frivillighed.Booking.Model;

namespace Frivillighed.Booking.Apis;

// Date, Start and End are local (Europe/Copenhagen); StartsAt and EndsAt the same as instants. Cancelled before
// FreeCancellationUntil, a booking is not a late cancellation (Faxe rule 3.8: 7 days ahead).
public sealed record BookingResponse(
    Guid Id,
    Guid FacilityId,
    string FacilityName,
    Guid? AssociationId,
    Guid? SeriesId,
    string Activity,
    DateOnly Date,
    TimeOnly Start,
    TimeOnly End,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    BookingStatus Status,
    decimal Price,
    bool LateCancellation,
    string? CancellationReason,
    Attendance? Attendance,
    DateTimeOffset FreeCancellationUntil);
