using Frivillighed.Contracts.Booking;

namespace Frivillighed.Booking.Model;

// An association's wish for a weekly slot in the season: a facility, or any facility of a kind in a town.
// The allocation fills in the outcome and its reason; staff may adjust it before publishing.
public sealed class SeasonRequest
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid RoundId { get; init; }
    public Guid? AssociationId { get; init; }
    public Guid? FacilityId { get; init; }
    public FacilityKind? Kind { get; init; }
    public string? Town { get; init; }
    public DayOfWeek Weekday { get; init; }
    public TimeOnly Start { get; init; }
    public int DurationMinutes { get; init; }
    public required string Activity { get; init; }
    public TargetGroup TargetGroup { get; init; }
    public int ExpectedParticipants { get; init; }
    public Guid SubmittedById { get; init; }
    public DateTimeOffset SubmittedAt { get; init; }

    public SeasonOutcome? Outcome { get; set; }
    public Guid? AllocatedFacilityId { get; set; }
    public DayOfWeek? AllocatedWeekday { get; set; }
    public TimeOnly? AllocatedStart { get; set; }
    public int? Rank { get; set; }
    public string? Reason { get; set; }
    public List<Guid> ConflictsWith { get; set; } = [];
    public bool AdjustedByStaff { get; set; }
    public Guid? SeriesId { get; set; }

    public TimeOnly End => Start.AddMinutes(DurationMinutes);

    public bool Granted => Outcome is SeasonOutcome.Granted or SeasonOutcome.GrantedAlternative;

    public TimeOnly? AllocatedEnd => AllocatedStart?.AddMinutes(DurationMinutes);

    public void Reject(string reason)
    {
        (Outcome, AllocatedFacilityId, AllocatedWeekday, AllocatedStart) = (SeasonOutcome.Rejected, null, null, null);
        Reason = reason;
    }

    // Staff give the slot to this facility, day and time: Granted when it is what was asked for (the facility, or
    // one of the asked kind in the asked town, at the asked time), else GrantedAlternative.
    public void GrantByStaff(Facility facility, DayOfWeek day, TimeOnly start, string reason)
    {
        var asRequested = (FacilityId == facility.Id || (FacilityId is null && Kind == facility.Kind && Town == facility.Town)) && Weekday == day && Start == start;
        (Outcome, AllocatedFacilityId, AllocatedWeekday, AllocatedStart) = (asRequested ? SeasonOutcome.Granted : SeasonOutcome.GrantedAlternative, facility.Id, day, start);
        Reason = reason;
        AdjustedByStaff = true;
    }

    public void RejectByStaff(string reason)
    {
        Reject(reason);
        AdjustedByStaff = true;
    }

    // Whether this request holds the facility on that day at an overlapping time.
    public bool Holds(Guid facilityId, DayOfWeek day, TimeOnly start, TimeOnly end) =>
        AllocatedFacilityId == facilityId && AllocatedWeekday == day && AllocatedStart < end && start < AllocatedEnd;

    public SeasonWishOutcome ToOutcome(string? facilityName) =>
        new(Id, AssociationId, Activity, Weekday, Start, End, Outcome?.ToString() ?? nameof(SeasonOutcome.Rejected), facilityName, AllocatedWeekday, AllocatedStart, AllocatedEnd);
}
