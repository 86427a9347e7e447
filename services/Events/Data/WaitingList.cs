using Frivillighed.Contracts.Events;
using Frivillighed.Events.Model;
using Frivillighed.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Events.Data;

public static class WaitingList
{
    // Gives free seats to the people waiting longest, in the caller's transaction; each promotion is announced.
    // A chosen session that is full is dropped from the promoted registration (the seat at the event counts).
    public static async Task<int> PromoteAsync(this EventsDbContext db, Guid eventId, Guid? freedBy, int seats, TimeProvider time, CancellationToken ct)
    {
        var promoted = 0;
        while (promoted < seats)
        {
            var next = await db.Registrations
                .FromSql($"""
                    SELECT *, xmin FROM registrations WHERE event_id = {eventId} AND status = 'Waiting'
                    ORDER BY queue_number, registered_at, id LIMIT 1 FOR UPDATE SKIP LOCKED
                    """)
                .FirstOrDefaultAsync(ct);
            if (next is null || !await db.TryTakeAsync(eventId, forWaitingList: true, ct))
            {
                break;
            }

            var kept = new List<Guid>();
            foreach (var session in next.SessionIds)
            {
                if (await db.TryTakeSessionAsync(session, ct))
                {
                    kept.Add(session);
                }
            }

            var now = time.GetUtcNow();
            db.AddEvent(next.Promote(kept, freedBy, now), time);
            db.AddEvent(next.Confirmed(now), time);
            await db.SaveChangesAsync(ct);
            promoted++;
        }

        return promoted;
    }
}
