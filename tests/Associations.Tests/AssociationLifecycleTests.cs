using Frivillighed.Associations.Model;
using Frivillighed.Contracts.Associations;

namespace Frivillighed.Associations.Tests;

public class AssociationLifecycleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    private static readonly RegistrationDetails HaslevBoldklub = new("Haslev Boldklub", "12345674", "Haslev", "Stadionvej 1, 4690 Haslev",
        [ActivityArea.Sport], true, "Fodbold", null, null, null, null);

    // Every pair of statuses, and whether Folkeoplysningsloven §4's lifecycle allows it.
    public static TheoryData<AssociationStatus, AssociationStatus, bool> Transitions()
    {
        var allowed = new HashSet<(AssociationStatus, AssociationStatus)>
        {
            (AssociationStatus.Applied, AssociationStatus.Approved),
            (AssociationStatus.Applied, AssociationStatus.Rejected),
            (AssociationStatus.Approved, AssociationStatus.Suspended),
            (AssociationStatus.Approved, AssociationStatus.Withdrawn),
            (AssociationStatus.Suspended, AssociationStatus.Approved),
            (AssociationStatus.Suspended, AssociationStatus.Withdrawn),
        };
        var data = new TheoryData<AssociationStatus, AssociationStatus, bool>();
        foreach (var from in Enum.GetValues<AssociationStatus>())
        {
            foreach (var to in Enum.GetValues<AssociationStatus>())
            {
                data.Add(from, to, allowed.Contains((from, to)));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Transitions))]
    public void WhyNotAllowed_FollowsTheLifecycle(AssociationStatus from, AssociationStatus to, bool allowed)
    {
        var why = Association.WhyNotAllowed(from, to);

        Assert.Equal(allowed, why is null);
    }

    [Fact]
    public void ChangeStatus_Allowed_BumpsVersionAndDescribesTheChange()
    {
        var association = Association.Register(HaslevBoldklub, Now);

        var changed = association.ChangeStatus(AssociationStatus.Approved, "FOL §4 met", Now.AddDays(1));

        Assert.Equal(AssociationStatus.Approved, association.Status);
        Assert.Equal(2, association.Version);
        Assert.Equal(new AssociationStatusChanged(association.Id, "Haslev Boldklub", AssociationStatus.Applied,
            AssociationStatus.Approved, "FOL §4 met", 2, Now.AddDays(1)), changed);
    }

    [Fact]
    public void ChangeStatus_Illegal_ThrowsAndChangesNothing()
    {
        var association = Association.Register(HaslevBoldklub, Now);

        var error = Assert.Throws<InvalidOperationException>(() => association.ChangeStatus(AssociationStatus.Suspended, "no", Now));

        Assert.Contains("Applied", error.Message);
        Assert.Equal(AssociationStatus.Applied, association.Status);
        Assert.Equal(1, association.Version);
    }
}
