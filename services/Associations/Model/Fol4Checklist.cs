namespace Frivillighed.Associations.Model;

// The conditions of Folkeoplysningsloven §4 that staff confirm before approving an association.
public sealed record Fol4Checklist(
    bool StatutesWithPurpose,
    bool Board,
    bool DemocraticStructure,
    bool AtLeastFivePayingMembers,
    bool OpenToAllWhoSupportThePurpose,
    bool BasedInTheMunicipality,
    bool NonProfit)
{
    public IReadOnlyList<string> Unmet() =>
    [
        .. StatutesWithPurpose ? [] : new[] { "statutes with a purpose" },
        .. Board ? [] : new[] { "a board" },
        .. DemocraticStructure ? [] : new[] { "a democratic structure" },
        .. AtLeastFivePayingMembers ? [] : new[] { "at least 5 paying members" },
        .. OpenToAllWhoSupportThePurpose ? [] : new[] { "open to all who support the purpose" },
        .. BasedInTheMunicipality ? [] : new[] { "based in the municipality" },
        .. NonProfit ? [] : new[] { "non-profit" },
    ];
}
