using Frivillighed.Booking.Model;

namespace Frivillighed.Booking.Tests;

// Faxe rule 3.8 on the model, without a database: three no-shows in a row suspend; attendance clears the record.
public class BookingRightTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 11, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TheThirdNoShowInARow_Suspends_Once()
    {
        var right = new BookingRight { AssociationId = Guid.NewGuid() };

        Assert.Null(right.Record(Attendance.NoShow, Now));
        Assert.Null(right.Record(Attendance.NoShow, Now));
        var suspended = right.Record(Attendance.NoShow, Now);
        var again = right.Record(Attendance.NoShow, Now.AddDays(7));

        Assert.Equal((right.AssociationId, 3), (suspended!.AssociationId, suspended.ConsecutiveNoShows));
        Assert.Null(again);
        Assert.Equal((true, Now, 4), (right.Suspended, right.SuspendedAt, right.ConsecutiveNoShows));
    }

    [Fact]
    public void AnAttendedBooking_ClearsTheRecord()
    {
        var right = new BookingRight { AssociationId = Guid.NewGuid() };
        right.Record(Attendance.NoShow, Now);
        right.Record(Attendance.NoShow, Now);

        Assert.Null(right.Record(Attendance.Attended, Now));
        Assert.Null(right.Record(Attendance.NoShow, Now));
        Assert.Null(right.Record(Attendance.NoShow, Now));

        Assert.False(right.Suspended);
        Assert.Equal(2, right.ConsecutiveNoShows);
    }

    [Fact]
    public void Lifting_RestoresWithTheReason_AndOnlyASuspendedRight()
    {
        var right = new BookingRight { AssociationId = Guid.NewGuid() };
        Assert.Equal($"Association {right.AssociationId}'s booking right is not suspended.", right.WhyNotLift());
        for (var i = 0; i < BookingRight.NoShowsBeforeSuspension; i++)
        {
            right.Record(Attendance.NoShow, Now);
        }

        var restored = right.Lift("  Aftalt med formanden  ", Now.AddDays(1));

        Assert.Equal("Aftalt med formanden", restored.Reason);
        Assert.Equal((false, 0, Now.AddDays(1)), (right.Suspended, right.ConsecutiveNoShows, right.LiftedAt));
        Assert.NotNull(right.WhyNotLift());
    }

    [Fact]
    public void Attendance_IsRecordedOnce_ForAConfirmedBookingThatHasBegun()
    {
        var booking = new FacilityBooking { Activity = "Træning", BookedByName = "Staff", StartsAt = Now.AddHours(1), EndsAt = Now.AddHours(2) };
        Assert.Equal($"Booking {booking.Id} has not begun yet.", booking.WhyNoAttendance(Now));
        Assert.Null(booking.WhyNoAttendance(Now.AddHours(1)));

        booking.RecordAttendance(Attendance.NoShow, Now.AddHours(3));

        Assert.Equal($"Attendance of booking {booking.Id} is already recorded (NoShow).", booking.WhyNoAttendance(Now.AddHours(3)));
        var cancelled = new FacilityBooking { Activity = "Træning", BookedByName = "Staff", StartsAt = Now.AddHours(-1), EndsAt = Now };
        cancelled.Cancel(Now.AddDays(-1), null, "Aflyst", late: false);
        Assert.Equal($"Booking {cancelled.Id} was cancelled; there is no attendance to record.", cancelled.WhyNoAttendance(Now));
    }
}
