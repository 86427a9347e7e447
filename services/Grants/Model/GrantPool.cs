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

    public decimal Remaining => Budget - Committed;
}
