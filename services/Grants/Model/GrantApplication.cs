namespace Frivillighed.Grants.Model;

// An association's application to a pool's round: a draft it edits, then submitted (never deleted after that),
// then decided. Flag: why staff should look again (the association was suspended or lapsed after applying).
public sealed class GrantApplication
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid PoolId { get; init; }
    public Guid RoundId { get; init; }
    public Guid AssociationId { get; init; }
    public ApplicationStatus Status { get; set; } = ApplicationStatus.Draft;
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public DateOnly? PeriodStart { get; set; }
    public DateOnly? PeriodEnd { get; set; }
    public decimal RequestedAmount { get; set; }
    public List<BudgetLine> BudgetLines { get; set; } = [];
    public decimal? CoFinancing { get; set; }
    public string? TargetGroup { get; set; }
    public int? Volunteers { get; set; }
    public List<CriterionAnswer> Answers { get; set; } = [];
    public Guid CreatedById { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    // When the draft was last saved: the form shows it, so a representative knows nothing typed is lost.
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public string? Flag { get; set; }
    public string? DecisionReason { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }

    // PostgreSQL's xmin: two concurrent changes (an edit and a submission, two decisions) cannot both win.
    public uint Version { get; set; }
}
