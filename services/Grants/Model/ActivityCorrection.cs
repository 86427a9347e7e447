namespace Frivillighed.Grants.Model;

// A staff decision on a corrected member count: Difference is paid as a supplement (above 0), claimed back
// (below 0), or nothing when the correction is rejected.
public sealed class ActivityCorrection
{
    public int Revision { get; set; }
    public int MembersUnder25 { get; set; }
    public bool Accepted { get; set; }
    public decimal Difference { get; set; }
    public required string Reason { get; set; }
    public required string DecidedByName { get; set; }
    public DateTimeOffset DecidedAt { get; set; }
    public Guid? AwardId { get; set; }
}
