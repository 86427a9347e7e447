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

            var (published, release) = found.OnVenueBooked(m, time.GetUtcNow());
            if (published is not null)
            {
                db.AddEvent(published, time);
            }

            if (release is not null)
            {
                db.AddEvent(release, time);
            }
        });
    }

    public Task Consume(ConsumeContext<VenueBookingRejected> context)
    {
        var m = context.Message;
        return db.ConsumeOnceAsync(context, Name, async ct =>
        {
            var found = await db.Events.FirstOrDefaultAsync(e => e.VenueRequestId == m.RequestId, ct);
            found?.OnVenueRejected(m.Reason);
        });
    }
}
