using Frivillighed.Booking.Data;
using Frivillighed.Booking.Model;
using Frivillighed.Contracts.Associations;
using Frivillighed.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Booking.Consumers;

// A withdrawn association's future bookings are cancelled (free of charge, it is not a late cancellation) and
// each cancellation is announced. Suspensions and lapses need nothing here: they block new bookings through
// the read model, and existing bookings stay for when the association is reinstated.
public sealed class AssociationWithdrawnConsumer(BookingDbContext db, TimeProvider time) : IConsumer<AssociationStatusChanged>
{
    public Task Consume(ConsumeContext<AssociationStatusChanged> context)
    {
        var m = context.Message;
        if (m.Status != AssociationStatus.Withdrawn)
        {
            return Task.CompletedTask;
        }

        return db.ConsumeOnceAsync(context, "association-withdrawn", async ct =>
        {
            var now = time.GetUtcNow();
            var future = await db.Bookings
                .Where(b => b.AssociationId == m.AssociationId && b.Status == BookingStatus.Confirmed && b.StartsAt > now)
                .ToListAsync(ct);
            foreach (var booking in future)
            {
                booking.Cancel(now, null, $"{m.Name} was withdrawn as an association: {m.Reason}", late: false);
                db.AddEvent(booking.Cancelled(), time);
            }
        });
    }
}
