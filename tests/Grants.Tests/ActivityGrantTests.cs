using Frivillighed.Grants.Model;

namespace Frivillighed.Grants.Tests;

// The yearly activity grant's run and lines on the model, without a database: approved once; corrections decided per revision.
public class ActivityGrantTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 11, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ARun_IsApprovedOnce_AndSaysByWhom()
    {
        var run = new ActivityGrantRun { PoolId = Guid.NewGuid(), ComputedByName = "Sagsbehandler", ComputedAt = Now };
        Assert.Null(run.WhyNotApprove());

        run.Approve("Kirsten Holm", Now);

        Assert.Equal((RunStatus.Approved, "Kirsten Holm"), (run.Status, run.ApprovedByName));
        Assert.Equal("The run was approved on 2026-12-02 by Kirsten Holm.", run.WhyNotApprove());
        Assert.Equal("A newer run replaced this one; approve the newest.", new ActivityGrantRun { ComputedByName = "x", Status = RunStatus.Replaced }.WhyNotApprove());
    }

    [Theory]
    [InlineData(true, 1_250.0, 1_250.0)]
    [InlineData(false, 1_250.0, 0.0)]
    public void ACorrection_IsRecordedWithItsRevision_AndPaysOnlyWhenAccepted(bool accepted, double difference, double paid)
    {
        var line = new ActivityGrant { AssociationName = "Haslev Boldklub", MembersUnder25 = 80, CountRevision = 1, DecidedRevision = 1 };
        var latest = new MemberCount { AssociationId = line.AssociationId, Year = 2025, Revision = 2, MembersUnder25 = 85 };

        line.DecideCorrection(latest, accepted, (decimal)difference, "Rettet medlemstal", "Kirsten Holm", Now, null);

        var correction = Assert.Single(line.Corrections);
        Assert.Equal((2, 85, accepted, (decimal)paid, "Rettet medlemstal"), (correction.Revision, correction.MembersUnder25, correction.Accepted, correction.Difference, correction.Reason));
        Assert.Equal(2, line.DecidedRevision);
    }
}
