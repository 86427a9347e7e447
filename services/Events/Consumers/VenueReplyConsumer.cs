using Frivillighed.Contracts.Booking;
using Frivillighed.Contracts.Events;
using Frivillighed.Events.Data;
using Frivillighed.Events.Model;
using Frivillighed.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Events.Consumers;

// The venue saga's replies from the Booking service. Booked: the waiting event is published; if it was
// cancelled meanwhile, the booking is released at once (no orphan booking). Rejected: the organiser sees why.
// A reply for an event that has moved on is ignored; the inbox drops redeliveries.
public sealed class VenueReplyConsumer(EventsDbContext db, TimeProvider time) : IConsumer<VenueBooked>, IConsumer<VenueBookingRejected>
{
    private const string Name = "venue-replies";

    public Task Consume(ConsumeContext<VenueBooked> context)
    {
        var m = context.Message;
        return db.ConsumeOnceAsync(context, Name, async ct =>
        {
            var found = await db.Events.FirstOrDefaultAsync(e => e.VenueRequestId == m.RequestId, ct);
            if (found is null)
            {
                return;
            }

            var now = time.GetUtcNow();
            if (found.Status == EventStatus.AwaitingVenue)
            {
                found.Status = EventStatus.Published;
                found.VenueBookingId = m.BookingId;
                found.Venue = $"{m.FacilityName}, {m.Address}";
                found.Town = m.Town;
                found.StatusReason = null;
                db.AddEvent(found.Published(now), time);
            }
            else if (found.Status == EventStatus.Cancelled)
            {
                db.AddEvent(new VenueReleaseRequested(m.RequestId, m.BookingId, $"{found.Title} was cancelled before its venue was confirmed.", now), time);
            }
        });
    }

    public Task Consume(ConsumeContext<VenueBookingRejected> context)
    {
        var m = context.Message;
        return db.ConsumeOnceAsync(context, Name, async ct =>
        {
            var found = await db.Events.FirstOrDefaultAsync(e => e.VenueRequestId == m.RequestId && e.Status == EventStatus.AwaitingVenue, ct);
            if (found is not null)
            {
                found.Status = EventStatus.VenueRejected;
                found.StatusReason = m.Reason;
            }
        });
    }
}
