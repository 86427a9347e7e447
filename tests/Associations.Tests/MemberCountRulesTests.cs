using Frivillighed.Associations.Model;

namespace Frivillighed.Associations.Tests;

public class MemberCountRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    [Fact]
    public void Validate_APastYearWithActivities_IsValid() =>
        Assert.Empty(MemberCountReport.Validate(2025, [new("Fodbold", 120, 40), new("Gymnastik", 30, 12)], Today));

    [Theory]
    [InlineData(2026)] // the cut-off (31 December) has not passed
    [InlineData(2027)]
    [InlineData(1999)]
    [InlineData(null)]
    public void Validate_YearWhoseCutOffHasNotPassed_IsRefused(int? year) =>
        Assert.Contains("Year", MemberCountReport.Validate(year, [new("Fodbold", 1, 1)], Today).Keys);

    public static TheoryData<MemberCountLine[]> BadLines => new()
    {
        Array.Empty<MemberCountLine>(),
        new MemberCountLine[] { new("Fodbold", -1, 3) },
        new MemberCountLine[] { new(" ", 1, 3) },
        new MemberCountLine[] { new("Fodbold", 1, 3), new("fodbold", 2, 2) },
    };

    [Theory]
    [MemberData(nameof(BadLines))]
    public void Validate_BadLines_AreRefused(MemberCountLine[] lines) =>
        Assert.Contains("Lines", MemberCountReport.Validate(2025, lines, Today).Keys);

    [Fact]
    public void Totals_AreTheSumsOverActivities()
    {
        var report = new MemberCountReport
        {
            Year = 2025, Revision = 1, ReportedByName = "Bo", Lines = [new("Fodbold", 120, 40), new("Gymnastik", 30, 12)],
        };

        Assert.Equal(150, report.Under25);
        Assert.Equal(52, report.Age25AndOver);
    }
}
