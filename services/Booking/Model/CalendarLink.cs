namespace Frivillighed.Booking.Model;

// An association's secret calendar subscription: calendar apps cannot send a bearer token, so the feed's URL
// carries a secret (stored here as a hash). Making a new link replaces the old one.
public sealed class CalendarLink
{
    public Guid AssociationId { get; init; }
    public required string TokenHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
