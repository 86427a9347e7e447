using Frivillighed.Associations.Model;
using Frivillighed.Contracts.Associations;

namespace Frivillighed.Associations.Tests;

// What the representatives' task list says is due, from the association alone (no database).
public class ObligationsTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 11, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 12, 2);
    private static readonly DateOnly Deadline = new(2026, 3, 31);

    private static readonly Fol4Checklist NoPayingMembersYet = new(
        StatutesWithPurpose: true, Board: true, DemocraticStructure: true, AtLeastFivePayingMembers: false,
        OpenToAllWhoSupportThePurpose: true, BasedInTheMunicipality: true, NonProfit: true);

    private static Association Registered(bool children, Fol4Checklist? statement = null) =>
        Association.Register(new RegistrationDetails("Karise Gymnastik", "12345674", "Karise", "Skolevej 2",
            [ActivityArea.Sport], children, "", null, null, null, null), Now, statement);

    [Fact]
    public void AnApplicant_SeesTheConditionsItSaidAreUnmet_TheDeclaration_AndLastYearsCount()
    {
        var obligations = Obligations.For(Registered(children: true, NoPayingMembersYet), memberCountReported: false, Today, Deadline);

        Assert.Equal(["AtLeastFivePayingMembers"], obligations.UnmetConditions);
        Assert.True(obligations.ChildSafetyDue);
        Assert.True(obligations.MemberCountDue);
        Assert.Equal(2025, obligations.MemberCountYear);
        Assert.Equal(new DateOnly(2026, 4, 1), obligations.MemberCountDeadline);
    }

    [Fact]
    public void OnceApproved_TheApplicantsStatementNoLongerCounts_AndAFiledDeclarationAndCountAreDone()
    {
        var association = Registered(children: true, NoPayingMembersYet);
        association.ChangeStatus(AssociationStatus.Approved, "FOL §4 confirmed", Now);
        association.FileChildSafetyDeclaration(2026, Today, Now);

        var obligations = Obligations.For(association, memberCountReported: true, Today, Deadline);

        Assert.Empty(obligations.UnmetConditions);
        Assert.False(obligations.ChildSafetyDue);
        Assert.False(obligations.MemberCountDue);
    }

    [Fact]
    public void WithoutChildrensActivity_NoDeclaration_AndAWithdrawnAssociationOwesNothing()
    {
        var withdrawn = Registered(children: true);
        withdrawn.ChangeStatus(AssociationStatus.Approved, "FOL §4", Now);
        withdrawn.ChangeStatus(AssociationStatus.Withdrawn, "No activity", Now);

        Assert.False(Obligations.For(Registered(children: false), false, Today, Deadline).ChildSafetyDue);
        var nothing = Obligations.For(withdrawn, false, Today, Deadline);
        Assert.False(nothing.ChildSafetyDue);
        Assert.False(nothing.MemberCountDue);
    }
}
