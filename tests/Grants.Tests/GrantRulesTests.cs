using Frivillighed.AssociationReadModel;
using Frivillighed.Contracts.Associations;
using Frivillighed.Grants.Model;

namespace Frivillighed.Grants.Tests;

public class GrantRulesTests
{
    // A deadline is the end of its day in Denmark, whatever the UTC offset that day.
    [Theory]
    [InlineData("2026-12-15", "2026-12-15T23:00:00Z")] // winter time, UTC+1
    [InlineData("2027-08-15", "2027-08-15T22:00:00Z")] // summer time, UTC+2
    [InlineData("2027-03-28", "2027-03-28T22:00:00Z")] // summer time begins that night: the day has 23 hours
    [InlineData("2026-10-25", "2026-10-25T23:00:00Z")] // summer time ends that night: the day has 25 hours
    [InlineData("2027-03-27", "2027-03-27T23:00:00Z")] // the day before summer time begins: midnight is still UTC+1
    public void Deadline_ClosesAtTheNextLocalMidnight(string deadline, string closesAt)
    {
        var round = new ApplicationRound { Name = "Runde", Deadline = DateOnly.Parse(deadline) };

        Assert.Equal(DateTimeOffset.Parse(closesAt), round.ClosesAt);
        Assert.True(round.IsOpenAt(round.ClosesAt.AddTicks(-1)));
        Assert.False(round.IsOpenAt(round.ClosesAt));
    }

    [Theory]
    [InlineData(PoolEligibility.ApprovedAssociations, AssociationStatus.Approved, false, null)]
    [InlineData(PoolEligibility.ApprovedAssociations, AssociationStatus.Applied, false, "not approved yet")]
    [InlineData(PoolEligibility.AlsoVoluntaryGroups, AssociationStatus.Applied, false, null)]
    [InlineData(PoolEligibility.AlsoVoluntaryGroups, AssociationStatus.Suspended, false, "is suspended")]
    [InlineData(PoolEligibility.ApprovedAssociations, AssociationStatus.Withdrawn, false, "is withdrawn")]
    [InlineData(PoolEligibility.AlsoVoluntaryGroups, AssociationStatus.Approved, true, "child-safety")]
    public void Eligibility(PoolEligibility pool, AssociationStatus status, bool lapsed, string? refusal)
    {
        var association = new KnownAssociation { Id = Guid.NewGuid(), Name = "Haslev Boldklub", Status = status, ChildSafetyLapsed = lapsed };

        var answer = GrantRules.EligibilityRefusal(pool, association);

        if (refusal is null)
        {
            Assert.Null(answer);
        }
        else
        {
            Assert.Contains(refusal, answer);
        }
    }

    [Fact]
    public void WeightedScore_AveragesAssessorsPerCriterion_ThenWeights()
    {
        List<Criterion> criteria = [new() { Name = "A", Weight = 3 }, new() { Name = "B", Weight = 1 }];
        List<Assessment> assessments =
        [
            new() { AssessorName = "x", Scores = [new() { Criterion = "A", Score = 4 }, new() { Criterion = "B", Score = 1 }] },
            new() { AssessorName = "y", Scores = [new() { Criterion = "A", Score = 5 }, new() { Criterion = "B", Score = 3 }] },
        ];

        // A: mean 4.5 × 3 = 13.5; B: mean 2 × 1 = 2; (13.5 + 2) / 4 = 3.875 → 3.88
        Assert.Equal(3.88m, GrantRules.WeightedScore(criteria, assessments));
        Assert.Null(GrantRules.WeightedScore(criteria, []));
    }

    [Theory]
    [InlineData("10000.10", "9999.95", "0.15")]
    [InlineData("20000", "25000", "0")]
    [InlineData("0.3", "0.1", "0.2")]
    [InlineData("15000", "15000", "0")]
    public void Repayment_IsPaidMinusSpent_NeverNegative_ExactInDecimal(string paid, string spent, string repayment) =>
        Assert.Equal(decimal.Parse(repayment, System.Globalization.CultureInfo.InvariantCulture),
            GrantRules.Repayment(decimal.Parse(paid, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(spent, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2027-08-31", 3, "2027-11-30")]
    [InlineData("2027-11-30", 3, "2028-02-29")]
    [InlineData("2027-06-15", 0, "2027-06-15")]
    public void ReportDue_IsMonthsAfterTheProjectEnds(string end, int months, string due) =>
        Assert.Equal(DateOnly.Parse(due), GrantRules.ReportDue(DateOnly.Parse(end), months));

    [Fact]
    public void SubmissionProblems_NameEveryMissingPiece()
    {
        var pool = new GrantPool
        {
            Name = "Puljen", Purpose = "p", LegalBasis = "l", Budget = 100, MaxPerApplication = 50, RequiredFields = ["Volunteers", "Answers"],
            Criteria = [new Criterion { Name = "Nye deltagere", Weight = 1 }],
        };
        var round = new ApplicationRound { Name = "Runden", Deadline = new DateOnly(2027, 1, 15) };
        var application = new GrantApplication { RequestedAmount = 80 };

        var problems = GrantRules.SubmissionProblems(pool, round, application, new DateTimeOffset(2027, 1, 16, 9, 0, 0, TimeSpan.Zero));

        Assert.Contains(problems, p => p.Text.Contains("deadline"));
        Assert.Contains(problems, p => p.Text.Contains("title"));
        Assert.Contains(problems, p => p.Text.Contains("period"));
        Assert.Contains(problems, p => p.Text.Contains("at most 50"));
        Assert.Contains(problems, p => p.Text.Contains("expense"));
        Assert.Contains(problems, p => p.Text.Contains("Volunteers"));
        Assert.Contains(problems, p => p.Text.Contains("Answer every"));
    }
}
