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
    public IReadOnlyList<string> Unmet() => [.. Conditions.Where(c => !c.Met).Select(c => c.Text)];

    // The names of the unmet conditions, for a frontend to say in its own language.
    public IReadOnlyList<string> UnmetConditions() => [.. Conditions.Where(c => !c.Met).Select(c => c.Name)];

    public static readonly IReadOnlyList<string> Names =
    [
        nameof(StatutesWithPurpose), nameof(Board), nameof(DemocraticStructure), nameof(AtLeastFivePayingMembers),
        nameof(OpenToAllWhoSupportThePurpose), nameof(BasedInTheMunicipality), nameof(NonProfit),
    ];

    private (string Name, string Text, bool Met)[] Conditions =>
    [
        (nameof(StatutesWithPurpose), "statutes with a purpose", StatutesWithPurpose),
        (nameof(Board), "a board", Board),
        (nameof(DemocraticStructure), "a democratic structure", DemocraticStructure),
        (nameof(AtLeastFivePayingMembers), "at least 5 paying members", AtLeastFivePayingMembers),
        (nameof(OpenToAllWhoSupportThePurpose), "open to all who support the purpose", OpenToAllWhoSupportThePurpose),
        (nameof(BasedInTheMunicipality), "based in the municipality", BasedInTheMunicipality),
        (nameof(NonProfit), "non-profit", NonProfit),
    ];
}
