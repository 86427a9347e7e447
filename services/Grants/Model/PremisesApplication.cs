using Frivillighed.Contracts.Grants;

namespace Frivillighed.Grants.Model;

// An association's application for last year's premises grant: a draft it edits, submitted by the deadline,
// then approved (possibly with an adjusted amount and its reason) or refused. One per association and pool.
public sealed class PremisesApplication
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid PoolId { get; init; }
    public Guid AssociationId { get; init; }
    public PremisesStatus Status { get; set; } = PremisesStatus.Draft;
    public List<PremiseCosts> Premises { get; set; } = [];

    // The calculated grant when it was submitted: what staff decide on.
    public decimal? Calculated { get; set; }
    public decimal? Awarded { get; set; }
    public string? DecisionReason { get; set; }
    public string? DecidedByName { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public Guid? AwardId { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }

    // PostgreSQL's xmin: an edit and a submission, or two decisions, cannot both win.
    public uint Version { get; set; }

    public string? WhyNotSubmit() => Status == PremisesStatus.Draft ? null : $"The application was already submitted on {SubmittedAt:yyyy-MM-dd}.";

    // Submitted with the grant calculated by the municipality's rules: what staff decide on.
    public void Submit(decimal calculated, DateTimeOffset now) => (Status, SubmittedAt, Calculated) = (PremisesStatus.Submitted, now, calculated);

    public string? WhyNotDecide() => Status switch
    {
        PremisesStatus.Submitted => null,
        PremisesStatus.Draft => "The application is a draft; it is decided after submission.",
        _ => $"The application is already decided ({Status}).",
    };

    public GrantRejected Refuse(string reason, string decidedBy, DateTimeOffset now)
    {
        Status = PremisesStatus.Refused;
        Decided(reason, decidedBy, now);
        return new GrantRejected(Id, PoolId, AssociationId, reason, now);
    }

    // The amount is committed in the pool's budget and awarded by the caller, in the same transaction.
    public void Approve(Guid awardId, decimal amount, string reason, string decidedBy, DateTimeOffset now)
    {
        (Status, AwardId, Awarded) = (PremisesStatus.Approved, awardId, amount);
        Decided(reason, decidedBy, now);
    }

    private void Decided(string reason, string decidedBy, DateTimeOffset now) => (DecisionReason, DecidedByName, DecidedAt) = (reason, decidedBy, now);
}
