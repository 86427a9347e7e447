using Frivillighed.Grants.Model;

namespace Frivillighed.Grants.Apis;

// A year's statutory grant: its budget and terms. Kind: ActivityGrant (a rate per member under 25, optionally per
// activity hour) or PremisesGrant (a percentage of 65–75, optionally a maximum per activity hour, a deadline).
public sealed record StatutorySchemeRequest(
    GrantKind? Kind,
    int? Year,
    decimal? Budget,
    decimal? RatePerMemberUnder25 = null,
    decimal? RatePerActivityHour = null,
    decimal? PremisesPercentage = null,
    decimal? MaxPerActivityHour = null,
    DateOnly? Deadline = null)
{
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (Kind is not (GrantKind.ActivityGrant or GrantKind.PremisesGrant))
        {
            errors[nameof(Kind)] = ["Say which statutory grant: ActivityGrant (FOL §18) or PremisesGrant (FOL §25)."];
        }

        if (Year is not (>= 2000 and <= 2100) || Budget is not (>= 0 and <= 1_000_000_000))
        {
            errors[nameof(Budget)] = ["Give the year the grant is paid in and its budget in DKK (0 or more)."];
        }

        if (Kind == GrantKind.ActivityGrant && (RatePerMemberUnder25 is not (> 0 and <= 100_000) || RatePerActivityHour is <= 0 or > 100_000))
        {
            errors[nameof(RatePerMemberUnder25)] = ["Give the rate per member under 25 in DKK (above 0), and the rate per activity hour only where the municipality pays one (above 0)."];
        }

        if (Kind == GrantKind.PremisesGrant && PremisesPercentage is not (>= StatutoryRules.MinPremisesPercentage and <= StatutoryRules.MaxPremisesPercentage))
        {
            errors[nameof(PremisesPercentage)] = [$"The premises grant is {StatutoryRules.MinPremisesPercentage:0}–{StatutoryRules.MaxPremisesPercentage:0} % of the eligible running costs (Folkeoplysningsloven §25: at least 65 %)."];
        }

        if (Kind == GrantKind.PremisesGrant && MaxPerActivityHour is <= 0 or > 100_000)
        {
            errors[nameof(MaxPerActivityHour)] = ["The maximum per activity hour is above 0 DKK, or left out."];
        }

        if (Deadline is { } deadline && Year is { } year && deadline.Year != year)
        {
            errors[nameof(Deadline)] = [$"The deadline falls in {year}, the year the grant is paid in."];
        }

        return errors;
    }

    public StatutoryTerms Terms() => Kind == GrantKind.ActivityGrant
        ? new StatutoryTerms { RatePerMemberUnder25 = RatePerMemberUnder25, RatePerActivityHour = RatePerActivityHour }
        : new StatutoryTerms { PremisesPercentage = PremisesPercentage, MaxPerActivityHour = MaxPerActivityHour, Deadline = Deadline ?? new DateOnly(Year!.Value, 4, 1) };
}
