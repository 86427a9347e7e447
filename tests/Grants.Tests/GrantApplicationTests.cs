using Frivillighed.Grants.Model;

namespace Frivillighed.Grants.Tests;

// An application's life on the model, without a database: edited as a draft, submitted once, decided once.
public class GrantApplicationTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 11, 0, 0, TimeSpan.Zero);

    private static GrantApplication Draft() => new()
    {
        PoolId = Guid.NewGuid(), RoundId = Guid.NewGuid(), AssociationId = Guid.NewGuid(), Title = "Nye bolde til U10", RequestedAmount = 12_000m,
        PeriodStart = new(2027, 3, 1), PeriodEnd = new(2027, 8, 31), CreatedAt = Now,
    };

    [Fact]
    public void ADraft_IsEditedAndSubmitted_ThenKept()
    {
        var application = Draft();
        Assert.Null(application.WhyNotEdit());
        Assert.Equal("The application is a draft; it is decided after submission.", application.WhyNotDecide());

        var submitted = application.Submit(Now);

        Assert.Equal((ApplicationStatus.Submitted, Now), (application.Status, application.SubmittedAt));
        Assert.Equal((application.Id, application.PoolId, application.RoundId, 12_000m), (submitted.ApplicationId, submitted.PoolId, submitted.RoundId, submitted.RequestedAmount));
        Assert.Equal("The application is Submitted; only drafts can be edited.", application.WhyNotEdit());
        Assert.Equal("The application was already submitted (2026-12-02 11:00 UTC).", application.WhyNotSubmit());
        Assert.Null(application.WhyNotDecide());
    }

    [Fact]
    public void ARejection_GivesTheReason_AndIsFinal()
    {
        var application = Draft();
        application.Submit(Now);

        var rejected = application.Reject("Puljen prioriterer børn under 10.", Now.AddDays(20));

        Assert.Equal((ApplicationStatus.Rejected, "Puljen prioriterer børn under 10.", Now.AddDays(20)), (application.Status, application.DecisionReason, application.DecidedAt));
        Assert.Equal((application.AssociationId, "Puljen prioriterer børn under 10."), (rejected.AssociationId, rejected.Reason));
        Assert.Equal("The application is already decided (Rejected).", application.WhyNotDecide());
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("Hall", 40)]
    public void AnAward_CarriesItsAmountPeriodAndQuota(string? quotaKind, int? quotaHours)
    {
        var application = Draft();
        application.Submit(Now);
        var award = new Award
        {
            ApplicationId = application.Id, PoolId = application.PoolId, AssociationId = application.AssociationId, Amount = 10_000m, Reason = "Delvis bevilling",
            PeriodStart = application.PeriodStart!.Value, PeriodEnd = application.PeriodEnd!.Value, ReportDue = new(2027, 11, 30), DecidedByName = "Sagsbehandler",
            DecidedAt = Now.AddDays(20), QuotaFacilityKind = quotaKind, QuotaHours = quotaHours,
        };

        var awarded = application.Awarded(award);

        Assert.Equal((ApplicationStatus.Awarded, "Delvis bevilling", Now.AddDays(20)), (application.Status, application.DecisionReason, application.DecidedAt));
        Assert.Equal((award.Id, 10_000m, new DateOnly(2027, 3, 1), new DateOnly(2027, 8, 31), (DateOnly?)new DateOnly(2027, 11, 30)),
            (awarded.AwardId, awarded.Amount, awarded.PeriodStart, awarded.PeriodEnd, awarded.ReportDue));
        Assert.Equal(quotaKind is null ? null : new Contracts.Grants.BookingQuota(quotaKind, quotaHours!.Value), awarded.BookingQuota);
        Assert.Equal("The application is already decided (Awarded).", application.WhyNotDecide());
    }
}
