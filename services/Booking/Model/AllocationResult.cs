namespace Frivillighed.Booking.Model;

public sealed record AllocationResult(
    Guid RequestId,
    SeasonOutcome Outcome,
    Guid? FacilityId,
    DayOfWeek? Weekday,
    TimeOnly? Start,
    int Rank,
    string Reason,
    IReadOnlyList<Guid> ConflictsWith);
