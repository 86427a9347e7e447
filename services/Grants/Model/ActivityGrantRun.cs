namespace Frivillighed.Grants.Model;

// One calculation of a year's activity grants: drafted by staff (a new draft replaces the previous draft), then
// approved as a whole, which creates an award and its payout for every association with a grant.
public sealed class ActivityGrantRun
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid PoolId { get; init; }
    public RunStatus Status { get; set; } = RunStatus.Draft;
    public decimal RatePerMemberUnder25 { get; init; }
    public decimal? RatePerActivityHour { get; init; }
    public decimal Budget { get; init; }
    public decimal GrossTotal { get; init; }

    // 1 when the budget covers every grant; else the budget's share of the gross total, rounded down to six
    // decimals, which every grant is multiplied by.
    public decimal ReductionFactor { get; init; }
    public decimal Total { get; init; }
    public DateTimeOffset ComputedAt { get; init; }
    public required string ComputedByName { get; init; }
    public DateTimeOffset? ApprovedAt { get; set; }
    public string? ApprovedByName { get; set; }
    public List<ExcludedAssociation> Excluded { get; set; } = [];
    public uint Version { get; set; }

    public string? WhyNotApprove() => Status switch
    {
        RunStatus.Draft => null,
        RunStatus.Approved => $"The run was approved on {ApprovedAt:yyyy-MM-dd} by {ApprovedByName}.",
        _ => "A newer run replaced this one; approve the newest.",
    };

    public void Approve(string approvedBy, DateTimeOffset now) => (Status, ApprovedAt, ApprovedByName) = (RunStatus.Approved, now, approvedBy);
}
