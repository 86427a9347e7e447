using Frivillighed.Associations.Model;
using Frivillighed.Contracts.Associations;

namespace Frivillighed.Associations.Apis;

// UnmetConditions: the §4 conditions (Fol4Checklist's names) the applicant said are not yet met.
public sealed record ObligationsResponse(
    Guid AssociationId,
    AssociationStatus Status,
    bool ChildSafetyRequired,
    int? ChildSafetyLastYear,
    DateOnly ChildSafetyDeadline,
    bool ChildSafetyDue,
    bool ChildSafetyLapsed,
    int MemberCountYear,
    DateOnly MemberCountDeadline,
    bool MemberCountDue,
    IReadOnlyList<string> UnmetConditions)
{
    public static ObligationsResponse From(Guid id, AssociationStatus status, Obligations o) =>
        new(id, status, o.ChildSafetyRequired, o.ChildSafetyLastYear, o.ChildSafetyDeadline, o.ChildSafetyDue, o.ChildSafetyLapsed,
            o.MemberCountYear, o.MemberCountDeadline, o.MemberCountDue, o.UnmetConditions);
}
