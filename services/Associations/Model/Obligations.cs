using Frivillighed.Contracts.Associations;

namespace Frivillighed.Associations.Model;

// What an association must do and by when, as its representatives' task list shows it.
public sealed record Obligations(
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
    // DOMAIN rule 6 and 8: last year's member count (cut-off 31 December) is reported by 1 April, with the grants
    // it is the basis of. Rule 1: the child-safety declaration of an association with children's activity yearly.
    public static Obligations For(Association association, bool memberCountReported, DateOnly today, DateOnly childSafetyDeadline)
    {
        var active = association.Status is AssociationStatus.Approved or AssociationStatus.Suspended or AssociationStatus.Applied;
        var childSafetyDue = active && association.HasChildrenUnder15 && (association.LastChildSafetyYear ?? 0) < today.Year;
        var unmet = association.Status == AssociationStatus.Applied ? association.Fol4Statement?.UnmetConditions() ?? [] : [];
        return new Obligations(
            association.HasChildrenUnder15, association.LastChildSafetyYear, childSafetyDeadline, childSafetyDue, association.ChildSafetyLapsed,
            today.Year - 1, new DateOnly(today.Year, 4, 1), active && !memberCountReported, unmet);
    }
}
