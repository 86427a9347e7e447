namespace Frivillighed.Contracts.Booking;

// A season's allocation is final: every grant is now a weekly series of bookings for the season.
public sealed record SeasonAllocationPublished(
    Guid RoundId,
    string Name,
    DateOnly SeasonStart,
    DateOnly SeasonEnd,
    IReadOnlyList<SeasonGrant> Grants,
    int Rejected,
    DateTimeOffset OccurredAt,
    IReadOnlyList<SeasonWishOutcome>? Outcomes = null);

// Every wish's outcome, for the mail each association gets: Granted, GrantedAlternative or Rejected, with what was
// given (facility, weekday, start) when granted.
public sealed record SeasonWishOutcome(
    Guid RequestId,
    Guid? AssociationId,
    string Activity,
    DayOfWeek Weekday,
    TimeOnly Start,
    TimeOnly End,
    string Outcome,
    string? FacilityName,
    DayOfWeek? AllocatedWeekday,
    TimeOnly? AllocatedStart,
    TimeOnly? AllocatedEnd);
