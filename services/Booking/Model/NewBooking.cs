namespace Frivillighed.Booking.Model;

// What the bookings of one request share, whatever their dates.
public sealed record NewBooking(
    Guid? AssociationId,
    string Activity,
    decimal Price,
    Guid BookedById,
    string BookedByName,
    Guid? SeriesId = null,
    Guid? SeasonRoundId = null,
    Guid? QuotaAwardId = null);
