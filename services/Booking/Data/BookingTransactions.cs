using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Frivillighed.Booking.Data;

public static class BookingTransactions
{
    // Runs `work` in one transaction; `work` commits it or, by returning without committing, rolls it back.
    // A deadlock or serialization failure runs the whole of it again (the execution strategy's retry).
    public static Task<T> InTransactionAsync<T>(this BookingDbContext db, Func<IDbContextTransaction, CancellationToken, Task<T>> work,
        CancellationToken ct) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            return await work(transaction, token);
        }, ct);

    // Bookings of one facility are written one at a time: whoever holds the facility's row lock decides, the
    // others wait their turn instead of deadlocking on the exclusion constraint's index (FACTS.md).
    // Several facilities are locked in id order, so two writers never wait for each other.
    public static Task<List<Model.Facility>> LockFacilitiesAsync(this BookingDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var sorted = ids.Distinct().Order().ToArray();
        return db.Facilities.FromSql($"SELECT * FROM facilities WHERE id = ANY({sorted}) ORDER BY id FOR UPDATE").ToListAsync(ct);
    }
}
