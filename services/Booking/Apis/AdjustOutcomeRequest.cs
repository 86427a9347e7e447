using Frivillighed.Booking.Model;

namespace Frivillighed.Booking.Apis;

// Staff's change of one draft outcome: Granted (with facility, weekday and start) or Rejected, always with a reason.
public sealed record AdjustOutcomeRequest(SeasonOutcome? Outcome, Guid? FacilityId, DayOfWeek? Weekday, TimeOnly? Start, string? Reason)
{
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (Outcome is not (SeasonOutcome.Granted or SeasonOutcome.Rejected))
        {
            errors[nameof(Outcome)] = ["The outcome is 'Granted' or 'Rejected'."];
        }
        else if (Outcome == SeasonOutcome.Granted && (FacilityId is null || Weekday is null || Start is null))
        {
            errors[nameof(FacilityId)] = ["A grant names the facility, weekday and start time."];
        }

        if (string.IsNullOrWhiteSpace(Reason) || Reason.Length > 1000)
        {
            errors[nameof(Reason)] = ["Say why (at most 1000 characters); the association sees it."];
        }

        return errors;
    }
}
