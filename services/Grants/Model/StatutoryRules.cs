namespace Frivillighed.Grants.Model;

// The two yearly calculations, pure, and shown to the association line by line (FOL §19).
// Rounding, to whole kroner: an activity grant is rounded down, so the reduced grants never add up to more than
// the budget; a premises grant is rounded to the nearest krone, halves up (the usual commercial rounding).
public static class StatutoryRules
{
    public const decimal MinPremisesPercentage = 65m;
    public const decimal MaxPremisesPercentage = 75m;

    public sealed record ActivityBasis(Guid AssociationId, string Name, int MembersUnder25, int Revision, int ActivityHours);

    public sealed record ActivityCalculation(decimal GrossTotal, decimal ReductionFactor, decimal Total, List<ActivityLine> Lines);

    public sealed record ActivityLine(ActivityBasis Basis, decimal Gross, decimal Amount);

    public static decimal ActivityGross(int membersUnder25, int activityHours, decimal rate, decimal? hourRate) =>
        membersUnder25 * rate + activityHours * (hourRate ?? 0m);

    public static decimal Reduced(decimal gross, decimal factor) => decimal.Floor(gross * factor);

    // Every association's gross grant (members under 25 × rate, plus activity hours × the hour rate); when the
    // gross total passes the budget every grant is reduced by the same factor (proportional reduction).
    public static ActivityCalculation Activity(decimal rate, decimal? hourRate, decimal budget, IEnumerable<ActivityBasis> bases)
    {
        var gross = bases.Select(b => (Basis: b, Gross: ActivityGross(b.MembersUnder25, b.ActivityHours, rate, hourRate))).ToList();
        var grossTotal = gross.Sum(g => g.Gross);
        var factor = grossTotal <= budget || grossTotal == 0 ? 1m : decimal.Floor(budget / grossTotal * 1_000_000m) / 1_000_000m;
        var lines = gross.Select(g => new ActivityLine(g.Basis, g.Gross, Reduced(g.Gross, factor))).ToList();
        return new ActivityCalculation(grossTotal, factor, lines.Sum(l => l.Amount), lines);
    }

    public sealed record PremiseLine(string Name, decimal EligibleCosts, decimal Under25Share, decimal Computed, decimal? Cap, decimal Grant);

    public sealed record PremisesCalculation(decimal Percentage, decimal? MaxPerActivityHour, List<PremiseLine> Premises, decimal Total);

    // Per premise: eligible costs × the share of activity hours for members under 25 × the percentage, at most
    // the maximum per activity hour × those hours where the municipality has one.
    public static PremisesCalculation Premises(decimal percentage, decimal? maxPerHour, IEnumerable<PremiseCosts> premises)
    {
        var lines = premises.Select(p =>
        {
            var share = p.HoursTotal == 0 ? 0m : decimal.Round((decimal)p.HoursUnder25 / p.HoursTotal, 4);
            var computed = p.EligibleCosts * share * percentage / 100m;
            decimal? cap = maxPerHour is { } max ? max * p.HoursUnder25 : null;
            var grant = decimal.Round(cap is { } c ? Math.Min(computed, c) : computed, 0, MidpointRounding.AwayFromZero);
            return new PremiseLine(p.Name, p.EligibleCosts, share, decimal.Round(computed, 2), cap, grant);
        }).ToList();
        return new PremisesCalculation(percentage, maxPerHour, lines, lines.Sum(l => l.Grant));
    }

    // Why a premise cannot be part of an application (null when it can).
    public static string? PremiseProblem(PremiseCosts p)
    {
        decimal[] costs = [p.Rent, p.Interest, p.Heating, p.Electricity, p.Water, p.Cleaning, p.Insurance, p.Maintenance];
        return string.IsNullOrWhiteSpace(p.Name) || p.Name.Length > 200 ? "Name every premise (at most 200 characters)."
            : costs.Any(c => c is < 0 or > 100_000_000) ? $"{p.Name}: every cost is 0 or more (in kroner)."
            : p.HoursTotal is < 0 or > 8_784 || p.HoursUnder25 < 0 ? $"{p.Name}: the activity hours are 0–8,784 (the hours of a year)."
            : p.HoursUnder25 > p.HoursTotal ? $"{p.Name}: the hours for members under 25 ({p.HoursUnder25}) cannot exceed the hours in total ({p.HoursTotal})."
            : null;
    }

    // The deadline of the year's premises grant: applications are accepted until the end of that day in Denmark.
    public static DateOnly PremisesDeadline(GrantPool pool) => pool.Terms?.Deadline ?? new DateOnly(pool.Year, 4, 1);
}
