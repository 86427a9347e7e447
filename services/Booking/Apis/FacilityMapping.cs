using Frivillighed.Booking.Model;

namespace Frivillighed.Booking.Apis;

public static class FacilityMapping
{
    public static FacilityResponse ToResponse(this Facility f) => new(f.Id, f.Name, f.Kind, f.Town, f.Address, f.Capacity);
}
