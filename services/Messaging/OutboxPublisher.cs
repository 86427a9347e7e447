using System.Diagnostics;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Frivillighed.Messaging;

// Publishes one batch of pending outbox messages. Rows are claimed with FOR UPDATE SKIP LOCKED, so replicas
// share the outbox; a crash before the commit leaves them pending, to be published again (consumers dedupe).
public sealed class OutboxPublisher<TDbContext>(IServiceScopeFactory scopes, IBus bus, TimeProvider time)
    where TDbContext : DbContext
{
    private static readonly System.Diagnostics.Metrics.Counter<long> Published =
        PlatformTelemetry.Meter.CreateCounter<long>("frivillighed.outbox.published", description: "Outbox messages published");

    public async Task<int> PublishPendingAsync(int batchSize, int inFlight, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var batch = await db.Set<OutboxMessage>()
                .FromSql($"SELECT * FROM outbox_messages WHERE sent_at IS NULL ORDER BY id LIMIT {batchSize} FOR UPDATE SKIP LOCKED")
                .AsNoTracking()
                .ToListAsync(ct);
            if (batch.Count == 0)
            {
                return 0;
            }

            using var slots = new SemaphoreSlim(inFlight);
            await Task.WhenAll(batch.Select(async message =>
            {
                await slots.WaitAsync(ct);
                try
                {
                    await PublishAsync(message, ct);
                }
                finally
                {
                    slots.Release();
                }
            }));

            var ids = batch.Select(m => m.Id).ToList();
            var now = time.GetUtcNow();
            await db.Set<OutboxMessage>()
                .Where(m => ids.Contains(m.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.SentAt, now), ct);
            await transaction.CommitAsync(ct);
            Published.Add(batch.Count);
            return batch.Count;
        }, cancellationToken);
    }

    private async Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var (type, body) = Outbox.Deserialize(message);
        // Continue the trace of the request that wrote the event, so gateway → service → broker → consumer is one trace.
        ActivityContext.TryParse(message.TraceParent, null, out var parent);
        using var activity = PlatformTelemetry.ActivitySource.StartActivity("outbox publish", ActivityKind.Internal, parent);
        activity?.SetTag("messaging.message.id", message.MessageId);
        await bus.Publish(body, type, Pipe.Execute<PublishContext>(context => context.MessageId = message.MessageId), cancellationToken);
    }
}
