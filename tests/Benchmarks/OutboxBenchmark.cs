using System.Diagnostics;
using Frivillighed.Contracts.Associations;
using Frivillighed.Messaging;
using Frivillighed.TestSupport;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Frivillighed.Benchmarks;

// The outbox on the real PostgreSQL and RabbitMQ: commit-to-consumer latency at a steady rate, and the relay's
// throughput as a ratio of raw MassTransit publishing (publisher confirms on) measured in the same run.
public static class OutboxBenchmark
{
    private const int RatePerSecond = 200;
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(10);
    private const int ThroughputMessages = 5000;

    public static async Task RunAsync()
    {
        var database = new TestDatabase();
        var service = "bench-" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            await using (var db = NewDbContext(database))
            {
                await db.Database.EnsureCreatedAsync();
                await db.Database.ExecuteSqlRawAsync(Outbox.CreateNotifyTriggerSql);
            }

            using var host = BuildHost(database, service);
            await host.StartAsync();
            await LatencyAsync(database);
            var raw = await RawPublishAsync(host.Services.GetRequiredService<IBus>());
            await host.StopAsync();

            var relay = await RelayThroughputAsync(database, service);
            Console.WriteLine($"Relay throughput ({ThroughputMessages} pending events, claims of {new OutboxOptions().BatchSize}, {new OutboxOptions().InFlight} in flight, confirms on):");
            Console.WriteLine($"  raw MassTransit publish: {raw,8:0} msg/s ({new OutboxOptions().InFlight} in flight)");
            Console.WriteLine($"  outbox relay          : {relay,8:0} msg/s");
            Console.WriteLine($"  relay/raw ratio {relay / raw:0.00}");
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    private static async Task LatencyAsync(TestDatabase database)
    {
        // Warm-up: the first round trip creates the broker topology (~0.3 s) and is not what this measures.
        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => CommitOneAsync(database)));
        await Eventually.Returns(() => Task.FromResult(LatencyConsumer.ArrivedAt.Count), n => n >= 20, "the warm-up events", 60);
        LatencyConsumer.ArrivedAt.Clear();
        LatencyConsumer.CommittedAt.Clear();

        var count = (int)(RatePerSecond * Duration.TotalSeconds);
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1.0 / RatePerSecond));
        var commits = new List<Task>();
        for (var i = 0; i < count && await timer.WaitForNextTickAsync(); i++)
        {
            commits.Add(CommitOneAsync(database));
        }

        await Task.WhenAll(commits);
        await Eventually.Returns(() => Task.FromResult(LatencyConsumer.CommittedAt.Keys.Count(LatencyConsumer.ArrivedAt.ContainsKey)),
            n => n >= count, "every event to arrive", 60);
        // An event that arrived before its committer saw the commit return counts as 0 ms.
        var sorted = LatencyConsumer.CommittedAt
            .Select(c => Math.Max(0, Stopwatch.GetElapsedTime(c.Value, LatencyConsumer.ArrivedAt[c.Key]).TotalMilliseconds))
            .Order().ToList();
        Console.WriteLine($"Outbox commit-to-consumer latency at {RatePerSecond} events/s for {Duration.TotalSeconds:0} s ({count} events, each its own transaction):");
        Console.WriteLine($"  p50 {Latencies.Percentile(sorted, 0.50):0.0} ms  p99 {Latencies.Percentile(sorted, 0.99):0.0} ms  max {sorted[^1]:0.0} ms");
    }

    private static async Task CommitOneAsync(TestDatabase database)
    {
        var id = Guid.NewGuid();
        await using var db = NewDbContext(database);
        db.AddEvent(new AssociationRegistered(id, "Haslev Boldklub", AssociationStatus.Applied, 1, DateTimeOffset.UtcNow), TimeProvider.System);
        await db.SaveChangesAsync();
        LatencyConsumer.CommittedAt[id] = Stopwatch.GetTimestamp();
    }

    private static async Task<double> RawPublishAsync(IBus bus)
    {
        using var inFlight = new SemaphoreSlim(new OutboxOptions().InFlight);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, ThroughputMessages).Select(async _ =>
        {
            await inFlight.WaitAsync();
            try
            {
                await bus.Publish(new AssociationRegistered(Guid.NewGuid(), "Faxe Hallen", AssociationStatus.Applied, 1, DateTimeOffset.UtcNow));
            }
            finally
            {
                inFlight.Release();
            }
        }));
        return ThroughputMessages / clock.Elapsed.TotalSeconds;
    }

    private static async Task<double> RelayThroughputAsync(TestDatabase database, string service)
    {
        await using (var db = NewDbContext(database))
        {
            for (var i = 0; i < ThroughputMessages; i++)
            {
                db.AddEvent(new AssociationRegistered(Guid.NewGuid(), "Karise Ældreklub", AssociationStatus.Applied, 1, DateTimeOffset.UtcNow), TimeProvider.System);
            }

            await db.SaveChangesAsync();
        }

        using var host = BuildHost(database, service);
        var clock = Stopwatch.StartNew();
        await host.StartAsync();
        await Eventually.Returns(
            () => database.ScalarAsync<long>("SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL"), n => n == 0, "the outbox to drain", 120);
        var rate = ThroughputMessages / clock.Elapsed.TotalSeconds;
        await host.StopAsync();
        return rate;
    }

    private static IHost BuildHost(TestDatabase database, string service)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:messaging"] = TestServers.RabbitMq,
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.Services.AddDbContext<BenchDbContext>(o => o.UseNpgsql(database.ConnectionString).UseSnakeCaseNamingConvention());
        builder.AddPlatformMessaging<BenchDbContext>(service, (x, queues) => x.AddConsumer<LatencyConsumer>().Endpoint(e => e.Name = $"{queues}-latency"));
        return builder.Build();
    }

    private static BenchDbContext NewDbContext(TestDatabase database) =>
        new(new DbContextOptionsBuilder<BenchDbContext>().UseNpgsql(database.ConnectionString).UseSnakeCaseNamingConvention().Options);
}
