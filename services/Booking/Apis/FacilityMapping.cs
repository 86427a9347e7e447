using Frivillighed.Booking.Model;

namespace Frivillighed.Booking.Apis;

public static class FacilityMapping
{
    public static FacilityResponse ToResponse(this Facility f) => new(f.Id, f.Name, f.Kind, f.Town, f.Address, f.Capacity,
        f.WheelchairAccess, f.HearingLoop, f.Equipment, f.OpeningHours.Select(h => new OpeningHoursResponse(h.Day, h.Opens, h.Closes)).ToList(),
        f.BookingUnitMinutes, f.MinimumMinutes, f.MaximumMinutes, f.BookableDaysAhead, f.HourlyPrice);

    public static ClosedPeriodResponse ToResponse(this ClosedPeriod p) => new(p.Id, p.FacilityId, p.From, p.To, p.Reason);
}
