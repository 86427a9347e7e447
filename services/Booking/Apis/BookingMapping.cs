using Frivillighed.Booking.Model;
using Frivillighed.Contracts.Booking;
using Frivillighed.ServiceDefaults;

namespace Frivillighed.Booking.Apis;

public static class BookingMapping
{
    public static BookingResponse ToResponse(this FacilityBooking b, string facilityName)
    {
        var start = Copenhagen.ToLocal(b.StartsAt);
        return new BookingResponse(b.Id, b.FacilityId, facilityName, b.AssociationId, b.SeriesId, b.Activity,
            DateOnly.FromDateTime(start), TimeOnly.FromDateTime(start), TimeOnly.FromDateTime(Copenhagen.ToLocal(b.EndsAt)),
            b.StartsAt, b.EndsAt, b.Status, b.Price, b.LateCancellation, b.CancellationReason, b.Attendance,
            b.StartsAt.AddDays(-BookingRules.FreeCancellationDays));
    }

    public static BookingRightResponse ToResponse(this BookingRight? right, Guid associationId, int lateCancellations) => right is null
        ? new(associationId, 0, false, null, null, null, lateCancellations)
        : new(associationId, right.ConsecutiveNoShows, right.Suspended, right.SuspendedAt, right.LiftedAt, right.LiftReason, lateCancellations);

    public static SeriesResponse ToResponse(this BookingSeries s, List<BookingResponse> bookings, List<SlotConflict> skipped) =>
        new(s.Id, s.FacilityId, s.AssociationId, s.Activity, s.Weekday, s.FirstDate, s.LastDate, s.Start, s.End, bookings, skipped);
}
