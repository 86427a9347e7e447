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
}
