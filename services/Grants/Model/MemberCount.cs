namespace Frivillighed.Grants.Model;

// An association's members at the cut-off (31 December of Year), as last told by Associations: the highest
// revision wins, whatever order the events arrive in.
public sealed class MemberCount
{
    public Guid AssociationId { get; init; }
    public int Year { get; init; }
    public int Revision { get; set; }
    public int MembersUnder25 { get; set; }
    public int Members25AndOver { get; set; }
    public DateTimeOffset ReportedAt { get; set; }
}
