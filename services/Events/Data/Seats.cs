using Frivillighed.Events.Model;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Events.Data;

// Seats are taken and given back with conditional updates in the caller's transaction: the event's row lock
// queues concurrent registrations, the condition is checked on the current row, and CHECK (registered <=
// capacity) backs it. A newcomer never takes a seat while others wait for one (they come first).
public static class Seats
{
    public static async Task<bool> TryTakeAsync(this EventsDbContext db, Guid eventId, bool forWaitingList, CancellationToken ct) =>
        await db.Events.Where(e => e.Id == eventId && e.Registered < e.Capacity
                && (forWaitingList || !db.Registrations.Any(r => r.EventId == eventId && r.Status == RegistrationStatus.Waiting)))
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.Registered, e => e.Registered + 1), ct) == 1;

    // A place at the end of the waiting list. The update holds the event's row lock until commit, so numbers are
    // handed out in commit order: everyone with a smaller number is already visible when a position is counted.
    public static async Task<long> TakeQueueNumberAsync(this EventsDbContext db, Guid eventId, CancellationToken ct) =>
        (await db.Database.SqlQuery<long>($"""
            UPDATE events SET queue_numbers_issued = queue_numbers_issued + 1 WHERE id = {eventId} RETURNING queue_numbers_issued AS "Value"
            """).ToListAsync(ct)).Single();

    public static async Task<bool> TryTakeSessionAsync(this EventsDbContext db, Guid sessionId, CancellationToken ct) =>
        await db.Sessions.Where(s => s.Id == sessionId && s.Registered < s.Capacity)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.Registered, s => s.Registered + 1), ct) == 1;

    public static async Task ReleaseAsync(this EventsDbContext db, Guid eventId, IReadOnlyCollection<Guid> sessionIds, CancellationToken ct)
    {
        await db.Events.Where(e => e.Id == eventId).ExecuteUpdateAsync(set => set.SetProperty(e => e.Registered, e => e.Registered - 1), ct);
        await db.Sessions.Where(s => sessionIds.Contains(s.Id)).ExecuteUpdateAsync(set => set.SetProperty(s => s.Registered, s => s.Registered - 1), ct);
    }
}
