using Frivillighed.Booking.Model;

namespace Frivillighed.Booking.Apis;

// A weekly slot wished for the season: a facility, or a kind of facility in a town. Start is local time.
public sealed record SeasonRequestRequest(
    Guid? AssociationId,
    Guid? FacilityId,
    FacilityKind? Kind,
    string? Town,
    DayOfWeek? Weekday,
    TimeOnly? Start,
    int? DurationMinutes,
    string? Activity,
    TargetGroup? TargetGroup,
    int? ExpectedParticipants)
{
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (FacilityId is null == (Kind is null || Town is null))
        {
            errors[nameof(FacilityId)] = ["Ask for one facility (facilityId) or for a kind of facility in a town (kind and town), not both."];
        }

        if (Weekday is null || Start is null)
        {
            errors[nameof(Weekday)] = ["Give the weekday and the local start time."];
        }

        if (DurationMinutes is not (>= 30 and <= 300) || (Start is { } start && start.AddMinutes(DurationMinutes.Value) <= start))
        {
            errors[nameof(DurationMinutes)] = ["The duration is 30–300 minutes and ends the same day."];
        }

        BookingValidation.Activity(errors, Activity);
        if (TargetGroup is null)
        {
            errors[nameof(TargetGroup)] = [$"Give the target group: {string.Join(", ", Enum.GetNames<TargetGroup>())}."];
        }
        else if ((TargetGroup == Model.TargetGroup.MunicipalActivity) != (AssociationId is null))
        {
            errors[nameof(TargetGroup)] = ["Municipal activities (youth and music school) are requested by staff without an association; associations give their own target group."];
        }

        if (ExpectedParticipants is not (>= 1 and <= 10_000))
        {
            errors[nameof(ExpectedParticipants)] = ["Give the expected number of participants (1–10000)."];
        }

        return errors;
    }

    public SeasonRequest ToSeasonRequest(Guid roundId, Guid userId, DateTimeOffset now) => new()
    {
        RoundId = roundId, AssociationId = AssociationId, FacilityId = FacilityId, Kind = FacilityId is null ? Kind : null, Town = FacilityId is null ? Town : null,
        Weekday = Weekday!.Value, Start = Start!.Value, DurationMinutes = DurationMinutes!.Value, Activity = Activity!.Trim(), TargetGroup = TargetGroup!.Value,
        ExpectedParticipants = ExpectedParticipants!.Value, SubmittedById = userId, SubmittedAt = now,
    };
}
