using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Frivillighed.Messaging;

// What an operator alerts on when events stop flowing: the outbox rows not yet published and the age of the
// oldest, read every 15 s by one small query on the pending rows' partial index, and exported as gauges
// (frivillighed.outbox.pending, frivillighed.outbox.oldest_age in seconds) tagged with the database, so two
// hosts in one process (the tests) never overwrite each other's figures. The gauges read the latest measurement.
public static class OutboxBacklogGauges
{
    private static readonly ConcurrentDictionary<string, (long Pending, double OldestAgeSeconds)> Latest = new();

    // The meter keeps the instruments; they are made before the first measurement is set.
    static OutboxBacklogGauges()
    {
        PlatformTelemetry.Meter.CreateObservableGauge("frivillighed.outbox.pending",
            () => Latest.Select(e => new Measurement<long>(e.Value.Pending, new KeyValuePair<string, object?>("db.namespace", e.Key))),
            description: "Outbox messages not yet published");
        PlatformTelemetry.Meter.CreateObservableGauge("frivillighed.outbox.oldest_age",
            () => Latest.Select(e => new Measurement<double>(e.Value.OldestAgeSeconds, new KeyValuePair<string, object?>("db.namespace", e.Key))),
            unit: "s", description: "Age of the oldest outbox message not yet published (0 when none)");
    }

    public static void Set(string database, long count, double oldestSeconds) => Latest[database] = (count, oldestSeconds);
}

public sealed class OutboxBacklog<TDbContext>(IServiceScopeFactory scopes, TimeProvider time, ILogger<OutboxBacklog<TDbContext>> logger)
    : BackgroundService
    where TDbContext : DbContext
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    public async Task MeasureAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var backlog = await db.Set<OutboxMessage>().Where(m => m.SentAt == null)
            .GroupBy(_ => 1).Select(g => new { Count = g.LongCount(), Oldest = g.Min(m => m.CreatedAt) }).FirstOrDefaultAsync(ct);
        OutboxBacklogGauges.Set(db.Database.GetDbConnection().Database, backlog?.Count ?? 0, backlog is null ? 0 : Math.Max(0, (time.GetUtcNow() - backlog.Oldest).TotalSeconds));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                await MeasureAsync(stoppingToken);
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException or RetryLimitExceededException)
            {
                logger.LogDebug(e, "The outbox backlog could not be measured this round");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
