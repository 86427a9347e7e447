namespace Frivillighed.Booking.Model;

// What the allocation needs of a season request; LastSeasonAbsence is the share of last season's weekly
// bookings the association did not turn up for (null: no history).
public sealed record AllocationRequest(
    Guid Id,
    Guid? AssociationId,
    Guid? FacilityId,
    FacilityKind? Kind,
    string? Town,
    DayOfWeek Weekday,
    TimeOnly Start,
    int DurationMinutes,
    TargetGroup TargetGroup,
    int Participants,
    double? LastSeasonAbsence)
{
    public TimeOnly End => Start.AddMinutes(DurationMinutes);

    public static AllocationRequest From(SeasonRequest r, double? absence) => new(
        r.Id, r.AssociationId, r.FacilityId, r.Kind, r.Town, r.Weekday, r.Start, r.DurationMinutes, r.TargetGroup, r.ExpectedParticipants, absence);
}
