using Frivillighed.Booking.Data;
using Frivillighed.Booking.Model;
using Frivillighed.Contracts.Booking;
using Frivillighed.Messaging;
using Frivillighed.ServiceDefaults;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Booking.Consumers;

// The Booking side of the Events service's venue saga: book a facility for the municipality's own event (under
// the facility's lock, like any booking) and answer VenueBooked or VenueBookingRejected in the same transaction;
// release it again on request. The inbox makes a redelivered request a no-op, so a request is answered once.
public sealed class VenueRequestConsumer(BookingDbContext db, TimeProvider time) : IConsumer<VenueBookingRequested>, IConsumer<VenueReleaseRequested>
{
    private const string Name = "venue-requests";

    public Task Consume(ConsumeContext<VenueBookingRequested> context)
    {
        var m = context.Message;
        return db.ConsumeOnceAsync(context, Name, async ct =>
        {
            var now = time.GetUtcNow();
            if ((await db.LockFacilitiesAsync([m.FacilityId], ct)).SingleOrDefault() is not { } facility)
            {
                db.AddEvent(new VenueBookingRejected(m.RequestId, m.FacilityId, $"No facility has id {m.FacilityId}.", now), time);
                return;
            }

            var (start, end) = (Copenhagen.ToLocal(m.StartsAt), Copenhagen.ToLocal(m.EndsAt));
            var date = DateOnly.FromDateTime(start);
            List<string> problems = DateOnly.FromDateTime(end) != date
                ? [$"A venue booking covers one day; {facility.Name} cannot be booked from {start:yyyy-MM-dd HH:mm} to {end:yyyy-MM-dd HH:mm}."]
                : [.. BookingRules.CheckWeekly(facility, date.DayOfWeek, TimeOnly.FromDateTime(start), TimeOnly.FromDateTime(end)).Select(r => r.Text)];
            if (m.StartsAt <= now)
            {
                problems.Add("The event has already begun.");
            }

            if (problems.Count == 0)
            {
                problems.AddRange((await db.ConflictsAsync(facility, [date], TimeOnly.FromDateTime(start), TimeOnly.FromDateTime(end), ct)).Select(c => c.Reason));
            }

            if (problems.Count > 0)
            {
                db.AddEvent(new VenueBookingRejected(m.RequestId, facility.Id, string.Join(" ", problems), now), time);
                return;
            }

            var booking = db.AddBookings(facility, [date], TimeOnly.FromDateTime(start), TimeOnly.FromDateTime(end),
                new NewBooking(null, m.Activity[..Math.Min(m.Activity.Length, 200)], 0m, Guid.Empty, "Events service"), time).Single();
            db.AddEvent(new VenueBooked(m.RequestId, booking.Id, facility.Id, facility.Name, facility.Town, facility.Address, now), time);
        });
    }

    public Task Consume(ConsumeContext<VenueReleaseRequested> context)
    {
        var m = context.Message;
        return db.ConsumeOnceAsync(context, Name, async ct =>
        {
            var booking = await db.Bookings.FirstOrDefaultAsync(b => b.Id == m.BookingId && b.Status == BookingStatus.Confirmed, ct);
            if (booking is not null && booking.StartsAt > time.GetUtcNow())
            {
                booking.Cancel(time.GetUtcNow(), null, m.Reason[..Math.Min(m.Reason.Length, 500)], late: false);
                db.AddEvent(booking.Cancelled(), time);
            }
        });
    }
}
