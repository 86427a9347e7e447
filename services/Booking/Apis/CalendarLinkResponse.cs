namespace Frivillighed.Booking.Apis;

// Url: the feed with its secret, shown once; give it to the calendar app (making a new one revokes this).
public sealed record CalendarLinkResponse(Guid AssociationId, string Url, DateTimeOffset CreatedAt);
