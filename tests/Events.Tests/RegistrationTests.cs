using Frivillighed.Events.Model;

namespace Frivillighed.Events.Tests;

// A registration's own rules, without a database: cancelling, moving up from the waiting list, checking in.
public class RegistrationTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 11, 0, 0, TimeSpan.Zero);

    private static Registration New(RegistrationStatus status) => new()
    {
        EventId = Guid.NewGuid(), Name = "Mette Hansen", Email = "mette@example.dk", Status = status, RegisteredAt = Now,
        QueueNumber = status == RegistrationStatus.Waiting ? 3 : null,
    };

    [Theory]
    [InlineData(RegistrationStatus.Confirmed, true)]
    [InlineData(RegistrationStatus.Waiting, false)]
    public void Cancelling_FreesASeatOnlyIfItHeldOne(RegistrationStatus status, bool freed)
    {
        var r = New(status);

        var cancelled = r.Cancel(Now);

        Assert.Equal((freed, r.Id, r.EventId), (cancelled.SeatFreed, cancelled.RegistrationId, cancelled.EventId));
        Assert.Equal((RegistrationStatus.Cancelled, Now), (r.Status, r.CancelledAt));
        Assert.Equal("The registration was already cancelled on 2026-12-02.", r.WhyNotCancel());
    }

    [Fact]
    public void MovingUp_ConfirmsWithTheSessionsThatHadRoom()
    {
        var r = New(RegistrationStatus.Waiting);
        r.SessionIds = [Guid.NewGuid(), Guid.NewGuid()];
        var freedBy = Guid.NewGuid();

        var promoted = r.Promote([r.SessionIds[1]], freedBy, Now);

        Assert.Equal((RegistrationStatus.Confirmed, Now), (r.Status, r.PromotedAt));
        Assert.Single(r.SessionIds);
        Assert.Equal((r.Id, freedBy), (promoted.RegistrationId, promoted.FreedByRegistrationId));
    }

    [Fact]
    public void CheckIn_OnlyOnce_AndOnlyWhenConfirmed()
    {
        Assert.Equal("The registration is Waiting, not confirmed.", New(RegistrationStatus.Waiting).WhyNotCheckIn());
        var r = New(RegistrationStatus.Confirmed);
        Assert.Null(r.WhyNotCheckIn());

        r.CheckIn(Now);

        Assert.Equal("Already checked in at 12:00.", r.WhyNotCheckIn());
    }
}
