using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Grants.Data;

// The money moves, each one conditional UPDATE in the caller's transaction: the row lock queues concurrent
// decisions on a pool, the condition is evaluated on the current row, and the CHECK constraints back it.
public static class PoolLedger
{
    // False: the amount would take the pool's commitments beyond its budget; nothing changed.
    public static async Task<bool> TryCommitAsync(this GrantsDbContext db, Guid poolId, decimal amount, CancellationToken ct) =>
        await db.Pools.Where(p => p.Id == poolId && p.Committed + amount <= p.Budget)
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.Committed, p => p.Committed + amount), ct) == 1;

    public static Task ReleaseAsync(this GrantsDbContext db, Guid poolId, decimal amount, CancellationToken ct) =>
        db.Pools.Where(p => p.Id == poolId).ExecuteUpdateAsync(set => set.SetProperty(p => p.Committed, p => p.Committed - amount), ct);

    // False: the award is withdrawn or the payout would exceed what was awarded; nothing changed.
    public static async Task<bool> TryPayAsync(this GrantsDbContext db, Guid awardId, Guid poolId, decimal amount, CancellationToken ct)
    {
        var paid = await db.Awards.Where(a => a.Id == awardId && a.Status == Model.AwardStatus.Active && a.Paid + amount <= a.Amount)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.Paid, a => a.Paid + amount), ct);
        if (paid == 0)
        {
            return false;
        }

        await db.RecordPaidAsync(poolId, amount, ct);
        return true;
    }

    // Awards created already paid (the activity grants) raise the pool's paid sum at once; the CHECK keeps it
    // within what is committed.
    public static Task RecordPaidAsync(this GrantsDbContext db, Guid poolId, decimal amount, CancellationToken ct) =>
        db.Pools.Where(p => p.Id == poolId).ExecuteUpdateAsync(set => set.SetProperty(p => p.Paid, p => p.Paid + amount), ct);
}
