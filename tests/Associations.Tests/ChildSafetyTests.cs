using Frivillighed.Associations.Model;
using Frivillighed.Contracts.Associations;

namespace Frivillighed.Associations.Tests;

public class ChildSafetyTests
{
    private static readonly DateTimeOffset Registered = new(2025, 6, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Deadline2026 = new(2026, 3, 31);

    private static Association Approved(bool children = true)
    {
        var association = Association.Register(new RegistrationDetails("Haslev Boldklub", "12345674", "Haslev", "Stadionvej 1",
            [ActivityArea.Sport], children, "", null, null, null, null), Registered);
        association.ChangeStatus(AssociationStatus.Approved, "FOL §4", Registered);
        return association;
    }

    [Theory]
    [InlineData(2026, 3, 31, false)] // on the deadline day it is still on time
    [InlineData(2026, 4, 1, true)]
    [InlineData(2026, 12, 31, true)]
    public void Overdue_OnlyAfterTheDeadline(int year, int month, int day, bool overdue) =>
        Assert.Equal(overdue, Approved().ChildSafetyOverdue(new DateOnly(year, month, day), Deadline2026));

    [Fact]
    public void Overdue_NeverWithoutChildrensActivity() =>
        Assert.False(Approved(children: false).ChildSafetyOverdue(new DateOnly(2026, 6, 1), Deadline2026));

    [Fact]
    public void Overdue_NotOnceThisYearIsDeclared()
    {
        var association = Approved();
        association.FileChildSafetyDeclaration(2026, new DateOnly(2026, 2, 1), Registered);

        Assert.False(association.ChildSafetyOverdue(new DateOnly(2026, 6, 1), Deadline2026));
    }

    [Fact]
    public void Lapse_ThenFilingThisYear_LiftsIt_AndBothCarryTheState()
    {
        var association = Approved();
        var lapsed = association.LapseIfOverdue(new DateOnly(2026, 4, 1), Deadline2026, Registered);

        var filed = association.FileChildSafetyDeclaration(2026, new DateOnly(2026, 4, 2), Registered);

        Assert.NotNull(lapsed);
        Assert.Null(association.LapseIfOverdue(new DateOnly(2026, 4, 3), Deadline2026, Registered));
        Assert.False(association.ChildSafetyLapsed);
        Assert.False(filed.ChildSafetyLapsed);
        Assert.True(filed.Version > lapsed.Version);
    }
}
