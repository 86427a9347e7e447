using Frivillighed.Booking.Model;

namespace Frivillighed.Booking.Apis;

// A request and, once drafted, its outcome: what was allocated, the rank it was served at, why, and which
// requests hold the slot it asked for.
public sealed record SeasonRequestResponse(
    Guid Id,
    Guid RoundId,
    Guid? AssociationId,
    Guid? FacilityId,
    FacilityKind? Kind,
    string? Town,
    DayOfWeek Weekday,
    TimeOnly Start,
    TimeOnly End,
    string Activity,
    TargetGroup TargetGroup,
    int ExpectedParticipants,
    DateTimeOffset SubmittedAt,
    SeasonOutcome? Outcome,
    Guid? AllocatedFacilityId,
    DayOfWeek? AllocatedWeekday,
    TimeOnly? AllocatedStart,
    TimeOnly? AllocatedEnd,
    int? Rank,
    string? Reason,
    List<Guid> ConflictsWith,
    bool AdjustedByStaff,
    Guid? SeriesId);
