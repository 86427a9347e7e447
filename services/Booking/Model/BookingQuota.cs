namespace Frivillighed.Booking.Model;

// Hours of a facility kind that a grant (GrantAwarded with a booking quota) gives an association for free in the
// project period: a group that would pay the hourly price (not approved under FOL §4, e.g. a §18 voluntary group)
// books on the quota instead. UsedMinutes never exceeds Hours × 60 (CHECK; taken with a conditional update).
public sealed class BookingQuota
{
    public Guid AwardId { get; init; }
    public Guid AssociationId { get; init; }
    public FacilityKind FacilityKind { get; init; }
    public int Hours { get; init; }
    public int UsedMinutes { get; init; }
    public DateOnly PeriodStart { get; init; }
    public DateOnly PeriodEnd { get; init; }
    public bool Withdrawn { get; init; }
}
