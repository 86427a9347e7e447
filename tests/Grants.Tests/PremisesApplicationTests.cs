using Frivillighed.Grants.Model;

namespace Frivillighed.Grants.Tests;

// A premises grant application on the model, without a database: submitted once with its calculation, decided once.
public class PremisesApplicationTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 11, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Submitted_KeepsTheCalculatedGrant_ThenIsDecidedOnce()
    {
        var application = new PremisesApplication { PoolId = Guid.NewGuid(), AssociationId = Guid.NewGuid(), CreatedAt = Now };
        Assert.Equal("The application is a draft; it is decided after submission.", application.WhyNotDecide());

        application.Submit(18_450m, Now);

        Assert.Equal((PremisesStatus.Submitted, 18_450m, Now), (application.Status, application.Calculated!.Value, application.SubmittedAt!.Value));
        Assert.Equal("The application was already submitted on 2026-12-02.", application.WhyNotSubmit());
        Assert.Null(application.WhyNotDecide());

        var awardId = Guid.NewGuid();
        application.Approve(awardId, 15_000m, "Lejen er nedsat.", "Sagsbehandler", Now.AddDays(3));

        Assert.Equal((PremisesStatus.Approved, awardId, 15_000m, "Lejen er nedsat.", "Sagsbehandler"),
            (application.Status, application.AwardId!.Value, application.Awarded!.Value, application.DecisionReason, application.DecidedByName));
        Assert.Equal("The application is already decided (Approved).", application.WhyNotDecide());
    }

    [Fact]
    public void ARefusal_SaysWhy_AndTellsTheAssociation()
    {
        var application = new PremisesApplication { PoolId = Guid.NewGuid(), AssociationId = Guid.NewGuid(), CreatedAt = Now };
        application.Submit(0m, Now);

        var refused = application.Refuse("Lokalerne er kommunale.", "Sagsbehandler", Now.AddDays(3));

        Assert.Equal((PremisesStatus.Refused, "Lokalerne er kommunale.", Now.AddDays(3)), (application.Status, application.DecisionReason, application.DecidedAt!.Value));
        Assert.Equal((application.Id, application.AssociationId, "Lokalerne er kommunale."), (refused.ApplicationId, refused.AssociationId, refused.Reason));
        Assert.Null(application.Awarded);
    }
}
