namespace Frivillighed.Contracts.Grants;

public sealed record BookingQuota(string FacilityKind, int Hours);
