using Frivillighed.AssociationReadModel;
using Frivillighed.Booking.Model;
using Frivillighed.Contracts.Associations;
using Frivillighed.ServiceDefaults;

namespace Frivillighed.Booking.Tests;

public class BookingRulesTests
{
    private static readonly Facility Hall = Facilities.New("Haslev Hallerne, hal 1");

    // Wednesday 2 December 2026, 12:00 in Copenhagen.
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 11, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = Copenhagen.Today(Now);

    [Theory]
    [InlineData(7, "18:00", "20:00", false, null)]
    [InlineData(7, "07:00", "11:00", false, null)]
    [InlineData(7, "06:30", "08:00", false, "is open 07:00–22:00 on Wednesdays")]
    [InlineData(7, "21:00", "22:30", false, "is open 07:00–22:00 on Wednesdays")]
    [InlineData(10, "10:00", "12:00", false, "is closed on Saturdays")]
    [InlineData(7, "18:00", "18:30", false, "lasts 60–240 minutes")]
    [InlineData(7, "10:00", "14:30", false, "lasts 60–240 minutes")]
    [InlineData(7, "18:15", "19:15", false, "whole 30-minute units")]
    [InlineData(0, "11:00", "12:00", false, "has already begun")]
    [InlineData(0, "13:00", "14:00", false, null)]
    [InlineData(182, "18:00", "20:00", false, "at most 180 days ahead")]
    [InlineData(182, "18:00", "20:00", true, null)]
    public void Check(int daysAhead, string start, string end, bool staff, string? expected)
    {
        var errors = BookingRules.Check(Hall, Today.AddDays(daysAhead), TimeOnly.Parse(start), TimeOnly.Parse(end), Now, staff);

        if (expected is null)
        {
            Assert.Empty(errors);
        }
        else
        {
            Assert.Contains(errors, e => e.Text.Contains(expected));
        }
    }

    [Fact]
    public void Check_ATimeSkippedWhenSummerTimeBegins_IsRefused()
    {
        var sundayHall = Facilities.New("Hal");
        sundayHall.OpeningHours.Add(new OpeningHours { Day = DayOfWeek.Sunday, Opens = new(0, 0), Closes = new(23, 0) });

        var errors = BookingRules.Check(sundayHall, new DateOnly(2027, 3, 28), new TimeOnly(2, 0), new TimeOnly(3, 30), Now, staff: true);

        Assert.Contains(errors, e => e.Text.Contains("does not exist in Denmark"));
    }

    [Fact]
    public void LocalTimes_AcrossTheSummerTimeChange_AreTheRightInstants()
    {
        Assert.Equal(new DateTimeOffset(2027, 3, 27, 17, 0, 0, TimeSpan.Zero), Copenhagen.ToInstant(new DateOnly(2027, 3, 27), new TimeOnly(18, 0)));
        Assert.Equal(new DateTimeOffset(2027, 3, 28, 16, 0, 0, TimeSpan.Zero), Copenhagen.ToInstant(new DateOnly(2027, 3, 28), new TimeOnly(18, 0)));
        Assert.Null(Copenhagen.ToInstant(new DateOnly(2027, 3, 28), new TimeOnly(2, 30)));
    }

    [Theory]
    [InlineData(7 * 24, false)]
    [InlineData(7 * 24 - 1, true)]
    [InlineData(2, true)]
    public void LateCancellation_IsLessThanSevenDaysAhead(int hoursAhead, bool late) =>
        Assert.Equal(late, BookingRules.IsLateCancellation(Now.AddHours(hoursAhead), Now));

    [Theory]
    [InlineData(AssociationStatus.Approved, false, false, null, true)]
    [InlineData(AssociationStatus.Applied, false, false, null, false)]
    [InlineData(AssociationStatus.Approved, true, false, "child-safety", false)]
    [InlineData(AssociationStatus.Approved, false, true, "no-shows in a row", false)]
    [InlineData(AssociationStatus.Suspended, false, false, "is suspended", false)]
    [InlineData(AssociationStatus.Withdrawn, false, false, "is withdrawn", false)]
    [InlineData(AssociationStatus.Rejected, false, false, "was not approved", false)]
    public void Eligibility_FromTheReadModelAndTheBookingRecord(AssociationStatus status, bool lapsed, bool suspended, string? refusal, bool free)
    {
        var association = new KnownAssociation { Id = Guid.NewGuid(), Name = "Haslev Boldklub", Status = status, ChildSafetyLapsed = lapsed };
        var right = suspended ? new BookingRight { AssociationId = association.Id, ConsecutiveNoShows = 3, SuspendedAt = Now } : null;

        var eligibility = Eligibility.For(association.Id, association, right);

        if (refusal is null)
        {
            Assert.Null(eligibility.Refusal);
        }
        else
        {
            Assert.Contains(refusal, eligibility.Refusal);
        }

        Assert.Equal(free, eligibility.Free);
    }

    [Fact]
    public void Eligibility_UnknownAssociation_IsRefused_AndThePriceIsProRata()
    {
        Assert.NotNull(Eligibility.For(Guid.NewGuid(), null, null).Refusal);
        Assert.Equal(450m, new Eligibility(null, false).PriceFor(Hall, new TimeOnly(10, 0), new TimeOnly(11, 30)));
        Assert.Equal(0m, new Eligibility(null, true).PriceFor(Hall, new TimeOnly(10, 0), new TimeOnly(11, 30)));
    }
}
