using Frivillighed.Associations.Model;

namespace Frivillighed.Associations.Apis;

// Totals and lines together: the association sees the basis of every grant calculated from it.
public sealed record MemberCountResponse(
    int Year, int Revision, IReadOnlyList<MemberCountLine> Lines, int Under25, int Age25AndOver, DateTimeOffset ReportedAt, string ReportedBy,
    string? CorrectionReason)
{
    public static MemberCountResponse From(MemberCountReport r) =>
        new(r.Year, r.Revision, r.Lines, r.Under25, r.Age25AndOver, r.ReportedAt, r.ReportedByName, r.CorrectionReason);
}
