using Frivillighed.Booking.Model;

namespace Frivillighed.Booking.Tests;

// A season round and its requests on the model, without a database: staff adjustments and the publication plan.
public class SeasonRoundTests
{
    private static readonly Facility Hall = Facilities.New("Haslev Hallerne, hal 1");

    private static SeasonRound Round(SeasonRoundStatus status = SeasonRoundStatus.Drafted) => new()
    {
        Name = "Vintersæson 2027", SeasonStart = new(2027, 1, 4), SeasonEnd = new(2027, 3, 28), RequestsOpen = new(2026, 11, 1), RequestsClose = new(2026, 11, 30),
        Status = status,
    };

    private static SeasonRequest Request(Guid? facility = null) => new()
    {
        RoundId = Guid.NewGuid(), AssociationId = Guid.NewGuid(), FacilityId = facility, Kind = facility is null ? FacilityKind.Hall : null,
        Town = facility is null ? "Haslev" : null, Weekday = DayOfWeek.Tuesday, Start = new(18, 0), DurationMinutes = 90, Activity = "Håndbold U12",
    };

    [Theory]
    [InlineData(SeasonRoundStatus.Open, "Draft the allocation first.")]
    [InlineData(SeasonRoundStatus.Drafted, null)]
    [InlineData(SeasonRoundStatus.Published, "Vintersæson 2027 is already published.")]
    public void OnlyADraftedAllocation_IsAdjustedOrPublished(SeasonRoundStatus status, string? refusal) =>
        Assert.Equal(refusal, Round(status).WhyNotChangeAllocation());

    [Fact]
    public void PublishedBeforeTheSeason_BooksEveryWeekOfIt()
    {
        var dates = Round().PublicationDates(DayOfWeek.Tuesday, new DateOnly(2026, 12, 2));

        Assert.Equal(12, dates.Count);
        Assert.Equal((new DateOnly(2027, 1, 5), new DateOnly(2027, 3, 23)), (dates[0], dates[^1]));
        Assert.All(dates, d => Assert.Equal(DayOfWeek.Tuesday, d.DayOfWeek));
    }

    [Fact]
    public void PublishedDuringTheSeason_BooksFromTomorrow()
    {
        Assert.Equal(new DateOnly(2027, 2, 16), Round().PublicationDates(DayOfWeek.Tuesday, new DateOnly(2027, 2, 9))[0]);
        Assert.Equal(new DateOnly(2027, 2, 10), Round().PublicationDates(DayOfWeek.Wednesday, new DateOnly(2027, 2, 9))[0]);
        Assert.Empty(Round().PublicationDates(DayOfWeek.Monday, new DateOnly(2027, 3, 28)));
    }

    [Fact]
    public void Publishing_CountsTheRejected_AndMarksTheRound()
    {
        var round = Round();
        var granted = Request(Hall.Id);
        granted.GrantByStaff(Hall, DayOfWeek.Tuesday, new(18, 0), "Adjusted by staff: ok");
        var rejected = Request();
        rejected.Reject("No facility left.");
        var now = new DateTimeOffset(2026, 12, 2, 11, 0, 0, TimeSpan.Zero);
        var grant = new Contracts.Booking.SeasonGrant(granted.Id, granted.AssociationId, Hall.Id, DayOfWeek.Tuesday, new(18, 0), new(19, 30), Guid.NewGuid(), 12);

        var published = round.Publish([grant], [granted.ToOutcome(Hall.Name), rejected.ToOutcome(null)], now);

        Assert.Equal((SeasonRoundStatus.Published, now), (round.Status, round.PublishedAt));
        Assert.Equal((1, 1), (published.Grants.Count, published.Rejected));
        Assert.Equal(("Granted", "Haslev Hallerne, hal 1", (TimeOnly?)new TimeOnly(19, 30)), (published.Outcomes![0].Outcome, published.Outcomes![0].FacilityName, published.Outcomes![0].AllocatedEnd));
        Assert.Equal(("Rejected", null), (published.Outcomes![1].Outcome, published.Outcomes![1].FacilityName));
    }

    [Theory]
    [InlineData(true, DayOfWeek.Tuesday, 18, SeasonOutcome.Granted)]
    [InlineData(false, DayOfWeek.Tuesday, 18, SeasonOutcome.Granted)]
    [InlineData(true, DayOfWeek.Thursday, 18, SeasonOutcome.GrantedAlternative)]
    [InlineData(true, DayOfWeek.Tuesday, 19, SeasonOutcome.GrantedAlternative)]
    public void AStaffGrant_IsAsRequested_OnlyForTheAskedFacilityOrKindAndTime(bool namedFacility, DayOfWeek day, int hour, SeasonOutcome expected)
    {
        var request = Request(namedFacility ? Hall.Id : null);

        request.GrantByStaff(Hall, day, new(hour, 0), "Adjusted by staff: flyttet");

        Assert.Equal((expected, Hall.Id, day, new TimeOnly(hour, 0)), (request.Outcome!.Value, request.AllocatedFacilityId!.Value, request.AllocatedWeekday!.Value, request.AllocatedStart!.Value));
        Assert.True(request.AdjustedByStaff);
        Assert.True(request.Holds(Hall.Id, day, new(hour, 30), new(hour + 3, 0)));
        Assert.False(request.Holds(Hall.Id, day, new(hour + 2, 0), new(hour + 3, 0)));
    }

    [Fact]
    public void AnotherHallOfTheKindInAnotherTown_IsAnAlternative()
    {
        var request = Request();

        request.GrantByStaff(Facilities.New("Faxe Hallen", town: "Faxe"), DayOfWeek.Tuesday, new(18, 0), "Adjusted by staff: flyttet");

        Assert.Equal(SeasonOutcome.GrantedAlternative, request.Outcome);
    }

    [Fact]
    public void ARejection_ClearsTheAllocation()
    {
        var request = Request(Hall.Id);
        request.GrantByStaff(Hall, DayOfWeek.Tuesday, new(18, 0), "x");

        request.RejectByStaff("Adjusted by staff: ingen plads");

        Assert.Equal((SeasonOutcome.Rejected, null, null, null, "Adjusted by staff: ingen plads"),
            (request.Outcome!.Value, request.AllocatedFacilityId, request.AllocatedWeekday, request.AllocatedStart, request.Reason));
        Assert.False(request.Granted);
    }
}
