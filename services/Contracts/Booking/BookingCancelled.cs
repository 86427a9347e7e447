namespace Frivillighed.Contracts.Booking;

// The time is free again. LateCancellation: cancelled less than seven days ahead (Faxe rule 3.8).
public sealed record BookingCancelled(
    Guid BookingId,
    Guid FacilityId,
    Guid? AssociationId,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string Reason,
    bool LateCancellation,
    DateTimeOffset OccurredAt,
    string? Activity = null,
    Guid? SeriesId = null);
