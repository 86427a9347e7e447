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
}
