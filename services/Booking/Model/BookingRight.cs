using Frivillighed.Contracts.Booking;

namespace Frivillighed.Booking.Model;

// An association's standing as a booker (Faxe rule 3.8): no-shows in a row, and a suspension after three
// until staff lift it. No row means a clean record.
public sealed class BookingRight
{
    public const int NoShowsBeforeSuspension = 3;

    public Guid AssociationId { get; init; }
    public int ConsecutiveNoShows { get; set; }
    public DateTimeOffset? SuspendedAt { get; set; }
    public DateTimeOffset? LiftedAt { get; set; }
    public string? LiftReason { get; set; }

    public bool Suspended => SuspendedAt is not null;

    // An attended booking clears the record; the third no-show in a row suspends the right (once).
    public BookingRightSuspended? Record(Attendance attendance, DateTimeOffset now)
    {
        ConsecutiveNoShows = attendance == Attendance.NoShow ? ConsecutiveNoShows + 1 : 0;
        if (ConsecutiveNoShows < NoShowsBeforeSuspension || Suspended)
        {
            return null;
        }

        SuspendedAt = now;
        return new BookingRightSuspended(AssociationId, ConsecutiveNoShows, now);
    }

    public string? WhyNotLift() => Suspended ? null : $"Association {AssociationId}'s booking right is not suspended.";

    // Staff lift a suspension with a reason; the record starts clean.
    public BookingRightRestored Lift(string reason, DateTimeOffset now)
    {
        SuspendedAt = null;
        ConsecutiveNoShows = 0;
        LiftedAt = now;
        LiftReason = reason.Trim();
        return new BookingRightRestored(AssociationId, LiftReason, now);
    }
}
