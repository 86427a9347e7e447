using Frivillighed.Contracts.Grants;

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

    public string? WhyNotEdit() => Status == ApplicationStatus.Draft ? null : $"The application is {Status}; only drafts can be edited.";

    public string? WhyNotSubmit() => Status == ApplicationStatus.Draft ? null : $"The application was already submitted ({SubmittedAt:yyyy-MM-dd HH:mm} UTC).";

    // Submitted once its problems are none (GrantRules.SubmissionProblems); from then on it is kept.
    public ApplicationSubmitted Submit(DateTimeOffset now)
    {
        Status = ApplicationStatus.Submitted;
        SubmittedAt = now;
        return new ApplicationSubmitted(Id, PoolId, RoundId, AssociationId, Title, RequestedAmount, now);
    }

    public string? WhyNotDecide() => Status switch
    {
        ApplicationStatus.Submitted => null,
        ApplicationStatus.Draft => "The application is a draft; it is decided after submission.",
        _ => $"The application is already decided ({Status}).",
    };

    public GrantRejected Reject(string reason, DateTimeOffset now)
    {
        (Status, DecisionReason, DecidedAt) = (ApplicationStatus.Rejected, reason, now);
        return new GrantRejected(Id, PoolId, AssociationId, reason, now);
    }

    // The award's amount is committed in the pool's budget by the caller, in the same transaction.
    public GrantAwarded Awarded(Award award)
    {
        (Status, DecisionReason, DecidedAt) = (ApplicationStatus.Awarded, award.Reason, award.DecidedAt);
        return new GrantAwarded(award.Id, Id, PoolId, AssociationId, award.Amount, award.PeriodStart, award.PeriodEnd,
            award.QuotaFacilityKind is { } kind ? new BookingQuota(kind, award.QuotaHours!.Value) : null, award.DecidedAt, award.Conditions, award.ReportDue);
    }
}
