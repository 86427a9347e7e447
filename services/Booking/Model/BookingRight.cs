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
}
