using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Messaging;

public static class Inbox
{
    // Applies a message's effect at most once per consumer: the inbox row and the effect commit together,
    // and a redelivered message finds its row and does nothing. Returns whether the effect was applied.
    public static async Task<bool> ConsumeOnceAsync<T>(
        this DbContext db, ConsumeContext<T> context, string consumer, Func<CancellationToken, Task> effect)
        where T : class
    {
        var messageId = context.MessageId ?? throw new InvalidOperationException($"{typeof(T).Name} arrived without a message id.");
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var inserted = await db.Database.ExecuteSqlAsync(
                $"INSERT INTO inbox_messages (message_id, consumer, processed_at) VALUES ({messageId}, {consumer}, now()) ON CONFLICT DO NOTHING",
                ct);
            if (inserted == 0)
            {
                return false;
            }

            await effect(ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return true;
        }, context.CancellationToken);
    }
}
