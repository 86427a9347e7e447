namespace Frivillighed.Grants.Model;

// Money committed to an application, in full or in part, possibly with conditions and a booking quota for the
// project period. Paid never exceeds Amount (CHECK, and payouts use a conditional update).
// ApplicationId: what the money is for: a project application, a premises grant application, or an activity
// grant line (or its correction). ReportDue: when the report of use is due; null for the statutory grants, which
// the association documents with its yearly accounts.
public sealed class Award
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid ApplicationId { get; init; }
    public Guid PoolId { get; init; }
    public Guid AssociationId { get; init; }
    public decimal Amount { get; init; }
    public decimal Paid { get; init; }
    public string? Conditions { get; init; }
    public required string Reason { get; init; }
    public DateOnly PeriodStart { get; init; }
    public DateOnly PeriodEnd { get; init; }
    public DateOnly? ReportDue { get; init; }
    public Guid DecidedById { get; init; }
    public required string DecidedByName { get; init; }
    public DateTimeOffset DecidedAt { get; init; }
    public DateOnly? CommitteeMeetingDate { get; init; }
    public string? CommitteeReference { get; init; }
    public string? QuotaFacilityKind { get; init; }
    public int? QuotaHours { get; init; }
    public AwardStatus Status { get; set; } = AwardStatus.Active;
    public DateTimeOffset? WithdrawnAt { get; set; }
    public string? WithdrawalReason { get; set; }
    public DateTimeOffset? OverdueAnnouncedAt { get; set; }
    public DateTimeOffset? DueSoonAnnouncedAt { get; set; }
}
