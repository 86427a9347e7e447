using Frivillighed.Booking.Model;

namespace Frivillighed.Booking.Apis;

public sealed record FacilityResponse(Guid Id, string Name, FacilityKind Kind, string Town, string Address, int Capacity);
