using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Frivillighed.Data;

public static class Transactions
{
    // Runs `work` in one transaction; `work` commits it or, by returning without committing, rolls it back.
    // A deadlock or serialization failure runs the whole of it again (the execution strategy's retry).
    public static Task<T> InTransactionAsync<T>(this DbContext db, Func<IDbContextTransaction, CancellationToken, Task<T>> work, CancellationToken ct) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            return await work(transaction, token);
        }, ct);
}
