namespace Frivillighed.Grants.Model;

// One association's line of an activity grant run, with its basis (FOL §19: visible to the association).
// A member count corrected after the run is not recomputed silently: staff accept the difference (paid as a
// supplement, or claimed back) or reject it, with a reason (Corrections).
public sealed class ActivityGrant
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid RunId { get; init; }
    public Guid PoolId { get; init; }
    public Guid AssociationId { get; init; }
    public required string AssociationName { get; init; }
    public int MembersUnder25 { get; init; }
    public int CountRevision { get; init; }
    public int ActivityHours { get; init; }
    public decimal Gross { get; init; }
    public decimal Amount { get; init; }
    public Guid? AwardId { get; set; }

    // The revision of the member count that the last decision (the run, or a correction) rests on.
    public int DecidedRevision { get; set; }
    public List<ActivityCorrection> Corrections { get; set; } = [];

    // A corrected member count after approval is decided once per revision: accepted (its difference paid, or
    // claimed back when negative) or rejected, with the reason.
    public void DecideCorrection(MemberCount latest, bool accepted, decimal difference, string reason, string decidedBy, DateTimeOffset now, Guid? awardId)
    {
        Corrections = [.. Corrections, new ActivityCorrection
        {
            Revision = latest.Revision, MembersUnder25 = latest.MembersUnder25, Accepted = accepted, Difference = accepted ? difference : 0m,
            Reason = reason, DecidedByName = decidedBy, DecidedAt = now, AwardId = awardId,
        }];
        DecidedRevision = latest.Revision;
    }
}
