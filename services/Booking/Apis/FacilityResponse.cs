using Frivillighed.Booking.Model;

namespace Frivillighed.Booking.Apis;

public sealed record FacilityResponse(
    Guid Id,
    string Name,
    FacilityKind Kind,
    string Town,
    string Address,
    int Capacity,
    bool WheelchairAccess,
    bool HearingLoop,
    List<string> Equipment,
    List<OpeningHoursResponse> OpeningHours,
    int BookingUnitMinutes,
    int MinimumMinutes,
    int MaximumMinutes,
    int BookableDaysAhead,
    decimal HourlyPrice);
