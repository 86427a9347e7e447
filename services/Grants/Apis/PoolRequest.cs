using Frivillighed.Grants.Model;

namespace Frivillighed.Grants.Apis;

public sealed record PoolRequest(
    string? Name,
    string? Purpose,
    string? LegalBasis,
    int? Year,
    decimal? Budget,
    PoolEligibility? Eligibility,
    List<CriterionRequest>? Criteria,
    decimal? MaxPerApplication,
    decimal StaffDecisionLimit = 0,
    List<string>? RequiredFields = null,
    int ReportDueMonths = 3)
{
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(Name) || Name.Length > 200)
        {
            errors[nameof(Name)] = ["Name the pool (at most 200 characters)."];
        }

        if (string.IsNullOrWhiteSpace(Purpose) || Purpose.Length > 2000 || string.IsNullOrWhiteSpace(LegalBasis) || LegalBasis.Length > 200)
        {
            errors[nameof(Purpose)] = ["Give the purpose (at most 2000 characters) and the legal basis (at most 200), e.g. 'Serviceloven §18'."];
        }

        if (Year is not (>= 2000 and <= 2100) || Budget is not (>= 0 and <= 1_000_000_000))
        {
            errors[nameof(Budget)] = ["Give the year and the yearly budget in DKK (0 or more)."];
        }

        if (Eligibility is null)
        {
            errors[nameof(Eligibility)] = [$"Say who may apply: {string.Join(", ", Enum.GetNames<PoolEligibility>())}."];
        }

        if (Criteria is null || Criteria.Count is 0 or > 20 || Criteria.Any(c => string.IsNullOrWhiteSpace(c.Name) || c.Name.Length > 100 || c.Weight is not (> 0 and <= 100))
            || Criteria.Select(c => c.Name).Distinct().Count() != Criteria.Count)
        {
            errors[nameof(Criteria)] = ["Give 1–20 criteria, each with a unique name (at most 100 characters) and a weight above 0 (at most 100)."];
        }

        if (MaxPerApplication is <= 0 || StaffDecisionLimit < 0 || ReportDueMonths is < 0 or > 36)
        {
            errors[nameof(MaxPerApplication)] = ["The maximum per application is above 0, the staff decision limit 0 or more, and the report is due 0–36 months after the project."];
        }

        if (RequiredFields?.FirstOrDefault(f => !GrantRules.OptionalFields.Contains(f)) is { } unknown)
        {
            errors[nameof(RequiredFields)] = [$"'{unknown}' is not a field; choose from {string.Join(", ", GrantRules.OptionalFields)}."];
        }

        return errors;
    }

    public void ApplyTo(GrantPool pool)
    {
        pool.Name = Name!.Trim();
        pool.Purpose = Purpose!.Trim();
        pool.LegalBasis = LegalBasis!.Trim();
        pool.Year = Year!.Value;
        pool.Budget = Budget!.Value;
        pool.Eligibility = Eligibility!.Value;
        pool.Criteria = Criteria!.Select(c => new Criterion { Name = c.Name!.Trim(), Description = c.Description?.Trim() ?? "", Weight = c.Weight }).ToList();
        pool.MaxPerApplication = MaxPerApplication;
        pool.StaffDecisionLimit = StaffDecisionLimit;
        pool.RequiredFields = RequiredFields?.Distinct().ToList() ?? [];
        pool.ReportDueMonths = ReportDueMonths;
    }
}
