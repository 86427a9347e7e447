using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Frivillighed.Messaging;

// What an operator alerts on when events stop flowing: the outbox rows not yet published and the age of the
// oldest, read every 15 s by one small query on the pending rows' partial index, and exported as gauges
// (frivillighed.outbox.pending, frivillighed.outbox.oldest_age in seconds). A process has one service database,
// so one measurement per process (the gauges are created once and read the latest).
public static class OutboxBacklogGauges
{
    private static long pending;
    private static double oldestAge;

    // The meter keeps the instruments; they are made before the first measurement is set.
    static OutboxBacklogGauges()
    {
        PlatformTelemetry.Meter.CreateObservableGauge("frivillighed.outbox.pending", () => Pending, description: "Outbox messages not yet published");
        PlatformTelemetry.Meter.CreateObservableGauge("frivillighed.outbox.oldest_age", () => OldestAgeSeconds, unit: "s",
            description: "Age of the oldest outbox message not yet published (0 when none)");
    }

    public static long Pending => Interlocked.Read(ref pending);

    public static double OldestAgeSeconds => Volatile.Read(ref oldestAge);

    public static void Set(long count, double oldestSeconds)
    {
        Interlocked.Exchange(ref pending, count);
        Volatile.Write(ref oldestAge, oldestSeconds);
    }
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
        OutboxBacklogGauges.Set(backlog?.Count ?? 0, backlog is null ? 0 : Math.Max(0, (time.GetUtcNow() - backlog.Oldest).TotalSeconds));
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
            catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
            {
                logger.LogDebug(e, "The outbox backlog could not be measured this round");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
