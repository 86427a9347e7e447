namespace Frivillighed.Contracts.Booking;

// Staff closed a facility from From to To (whole days, Danish time). Bookings already made in the period are not
// cancelled: they are named here, so their associations are told.
public sealed record ClosedPeriodAdded(
    Guid FacilityId, string FacilityName, DateOnly From, DateOnly To, string Reason, IReadOnlyList<AffectedBooking> Bookings, DateTimeOffset OccurredAt);

public sealed record AffectedBooking(Guid BookingId, Guid? AssociationId, string Activity, DateTimeOffset StartsAt, DateTimeOffset EndsAt);
