namespace Frivillighed.Grants.Model;

// A yearly budget with a purpose, a legal basis and its rules. Committed (active awards) never exceeds Budget
// and Paid never exceeds Committed: CHECK constraints, and awards and payouts change them with conditional
// updates (PoolLedger), never read-then-write.
public sealed class GrantPool
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string Name { get; set; }
    public required string Purpose { get; set; }
    public required string LegalBasis { get; set; }
    public GrantKind Kind { get; init; } = GrantKind.Project;

    // For a project pool the year of its budget; for a statutory grant the year it is paid in (its basis is the
    // year before: member counts at 31 December, last year's premises costs).
    public int Year { get; set; }
    public decimal Budget { get; set; }
    public decimal Committed { get; init; }
    public decimal Paid { get; init; }
    public PoolEligibility Eligibility { get; set; }
    public List<Criterion> Criteria { get; set; } = [];
    public decimal? MaxPerApplication { get; set; }

    // Awards above this amount need a recorded committee decision; staff decide alone up to it.
    public decimal StaffDecisionLimit { get; set; }
    public List<string> RequiredFields { get; set; } = [];

    // The report of use is due this many months after the project ends.
    public int ReportDueMonths { get; set; } = 3;

    // The terms of a statutory grant (null for project pools).
    public StatutoryTerms? Terms { get; set; }

    public decimal Remaining => Budget - Committed;

    // A year's statutory grant: for approved associations, decided by staff (a calculation, not a committee's
    // choice between projects), no report of use.
    public static GrantPool Statutory(GrantKind kind, int year, decimal budget, StatutoryTerms terms)
    {
        var activity = kind == GrantKind.ActivityGrant;
        return new GrantPool
        {
            Kind = kind, Year = year, Budget = budget, Terms = terms, Eligibility = PoolEligibility.ApprovedAssociations,
            Name = activity ? $"Aktivitetstilskud {year}" : $"Lokaletilskud {year}",
            Purpose = activity
                ? $"Tilskud til godkendte foreningers aktiviteter for børn og unge under 25, beregnet af medlemstallet pr. 31. december {year - 1}."
                : $"Tilskud til driften af foreningers egne og lejede lokaler til aktiviteter for børn og unge under 25 i {year - 1}.",
            LegalBasis = activity ? "Folkeoplysningsloven §18" : "Folkeoplysningsloven §25",
            StaffDecisionLimit = budget, ReportDueMonths = 0,
        };
    }
}
