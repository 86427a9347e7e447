using Frivillighed.Booking.Model;

namespace Frivillighed.Booking.Tests;

public class SeasonAllocatorTests
{
    private static readonly Guid Round = Guid.Parse("0b000000-0000-7000-8000-000000000001");

    // A hall open only 17–19 on Tuesdays: one two-hour slot, no other time to offer.
    private static Facility EveningHall(string name = "Rønnede Skole, gymnastiksal", string town = "Rønnede", int capacity = 60)
    {
        var hall = Facilities.New(name, capacity, town: town);
        hall.OpeningHours = [new OpeningHours { Day = DayOfWeek.Tuesday, Opens = new(17, 0), Closes = new(19, 0) }];
        return hall;
    }

    private static AllocationRequest Request(Facility facility, TargetGroup group, double? absence = null, Guid? association = null, int participants = 20,
        string start = "17:00", int minutes = 120) =>
        new(Guid.NewGuid(), association ?? Guid.NewGuid(), facility.Id, null, null, DayOfWeek.Tuesday, TimeOnly.Parse(start), minutes, group, participants, absence);

    // Two associations want the same (only) slot. Who gets it: A, B, or whoever the round's lottery favours.
    [Theory]
    [InlineData(TargetGroup.ChildrenAndYouth, null, TargetGroup.AdultsWithoutChildrenActivity, null, "A")]
    [InlineData(TargetGroup.AdultsWithoutChildrenActivity, null, TargetGroup.PeopleWithDisabilities, null, "B")]
    [InlineData(TargetGroup.AdultEducation, null, TargetGroup.AdultsWithChildrenActivity, null, "A")]
    [InlineData(TargetGroup.ChildrenAndYouth, 0.30, TargetGroup.ChildrenAndYouth, 0.10, "B")]
    [InlineData(TargetGroup.ChildrenAndYouth, 0.25, TargetGroup.ChildrenAndYouth, 0.26, "A")]
    [InlineData(TargetGroup.ChildrenAndYouth, 0.90, TargetGroup.AdultEducation, null, "A")]
    [InlineData(TargetGroup.ChildrenAndYouth, null, TargetGroup.ChildrenAndYouth, null, "lottery")]
    [InlineData(TargetGroup.ChildrenAndYouth, 0.40, TargetGroup.ChildrenAndYouth, 0.50, "lottery")]
    public void OneSlotTwoRequests(TargetGroup groupA, double? absenceA, TargetGroup groupB, double? absenceB, string expected)
    {
        var hall = EveningHall();
        var a = Request(hall, groupA, absenceA);
        var b = Request(hall, groupB, absenceB);
        var winner = expected switch
        {
            "A" => a,
            "B" => b,
            _ => SeasonAllocator.Lottery(Round, a.AssociationId!.Value) < SeasonAllocator.Lottery(Round, b.AssociationId!.Value) ? a : b,
        };
        var loser = winner == a ? b : a;

        foreach (var order in new[] { new[] { a, b }, new[] { b, a } })
        {
            var results = SeasonAllocator.Allocate(Round, order, [hall]).ToDictionary(r => r.RequestId);

            Assert.Equal(SeasonOutcome.Granted, results[winner.Id].Outcome);
            Assert.Equal(1, results[winner.Id].Rank);
            Assert.Equal(SeasonOutcome.Rejected, results[loser.Id].Outcome);
            Assert.Equal([winner.Id], results[loser.Id].ConflictsWith);
            Assert.Contains("allocated to 1 request(s) served earlier", results[loser.Id].Reason);
        }
    }

    [Fact]
    public void APenalisedRequest_SaysWhyItCameLast()
    {
        var hall = EveningHall();

        var result = SeasonAllocator.Allocate(Round, [Request(hall, TargetGroup.ChildrenAndYouth, absence: 0.31)], [hall]).Single();

        Assert.Contains("last season's absence was 31", result.Reason);
        Assert.Contains("over 25", result.Reason);
    }

    [Fact]
    public void TheLottery_IsPerAssociation_FixedForTheRound_AndDiffersBetweenRounds()
    {
        var association = Guid.NewGuid();

        Assert.Equal(SeasonAllocator.Lottery(Round, association), SeasonAllocator.Lottery(Round, association));
        Assert.NotEqual(SeasonAllocator.Lottery(Round, association), SeasonAllocator.Lottery(Guid.NewGuid(), association));
    }

    [Fact]
    public void ATakenSlot_IsOfferedTheNearestFreeStartTheSameDay()
    {
        var hall = Facilities.New("Haslev Hallerne, hal 1");
        var first = Request(hall, TargetGroup.ChildrenAndYouth);
        var second = Request(hall, TargetGroup.AdultEducation);

        var results = SeasonAllocator.Allocate(Round, [first, second], [hall]).ToDictionary(r => r.RequestId);

        Assert.Equal(SeasonOutcome.GrantedAlternative, results[second.Id].Outcome);
        Assert.Equal(new TimeOnly(15, 0), results[second.Id].Start);
        Assert.Contains("granted Haslev Hallerne, hal 1 on Tuesdays 15:00–17:00 instead", results[second.Id].Reason);
    }

    [Fact]
    public void ATakenFacility_IsReplacedByAnotherOfTheSameKindInTheTown()
    {
        var hall = EveningHall("Haslev Hallerne, hal 1", "Haslev");
        var other = EveningHall("Haslev Hallerne, hal 2", "Haslev");
        var elsewhere = EveningHall("Faxe Hallen", "Faxe");
        var first = Request(hall, TargetGroup.ChildrenAndYouth);
        var second = Request(hall, TargetGroup.ChildrenAndYouth);

        var results = SeasonAllocator.Allocate(Round, [first, second], [hall, other, elsewhere]);

        var alternative = Assert.Single(results, r => r.Outcome == SeasonOutcome.GrantedAlternative);
        Assert.Equal(other.Id, alternative.FacilityId);
    }

    [Fact]
    public void TooManyParticipants_IsRejectedSayingHowManyFit()
    {
        var hall = EveningHall(capacity: 30);

        var result = SeasonAllocator.Allocate(Round, [Request(hall, TargetGroup.ChildrenAndYouth, participants: 45)], [hall]).Single();

        Assert.Equal(SeasonOutcome.Rejected, result.Outcome);
        Assert.Contains("holds at most 30 people; 45 are expected", result.Reason);
    }

    [Fact]
    public void AKindAndTownRequest_GetsTheSmallestFacilityThatFits()
    {
        var big = EveningHall("Stor hal", "Haslev", capacity: 300);
        var small = EveningHall("Lille hal", "Haslev", capacity: 40);
        var tooSmall = EveningHall("Mini hal", "Haslev", capacity: 10);
        var request = new AllocationRequest(Guid.NewGuid(), Guid.NewGuid(), null, FacilityKind.Hall, "Haslev", DayOfWeek.Tuesday, new(17, 0), 120,
            TargetGroup.ChildrenAndYouth, 25, null);

        var result = SeasonAllocator.Allocate(Round, [request], [big, small, tooSmall]).Single();

        Assert.Equal(SeasonOutcome.Granted, result.Outcome);
        Assert.Equal(small.Id, result.FacilityId);
    }

    [Fact]
    public void AClosedWeekday_WithNothingElseNearby_IsRejected()
    {
        var hall = EveningHall();
        var request = Request(hall, TargetGroup.ChildrenAndYouth) with { Weekday = DayOfWeek.Saturday };

        var result = SeasonAllocator.Allocate(Round, [request], [hall]).Single();

        Assert.Equal(SeasonOutcome.Rejected, result.Outcome);
        Assert.Contains("outside opening hours", result.Reason);
    }

    [Fact]
    public void OneAssociationsOwnRequests_NeverTakeEachOthersSlot()
    {
        var hall = Facilities.New("Haslev Hallerne, hal 1");
        var club = Guid.NewGuid();
        var requests = Enumerable.Range(0, 4).Select(_ => Request(hall, TargetGroup.ChildrenAndYouth, association: club)).ToList();

        var results = SeasonAllocator.Allocate(Round, requests, [hall]);

        var granted = results.Where(r => r.Outcome != SeasonOutcome.Rejected).Select(r => (r.Start!.Value, r.Start.Value.AddMinutes(120))).ToList();
        Assert.All(granted, g => Assert.Single(granted, h => h.Item1 < g.Item2 && g.Item1 < h.Item2));
    }
}
