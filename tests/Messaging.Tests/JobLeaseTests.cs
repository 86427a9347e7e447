using Frivillighed.Data;
using Frivillighed.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Frivillighed.Messaging.Tests;

// Two replicas of a service run the same periodic job on one database: each round runs once between them, and
// when the replica that runs it stops, the other takes over at its next round.
public class JobLeaseTests
{
    private sealed class CountingJob(TimeProvider time, JobLeases leases) : PeriodicJob(time, NullLogger.Instance, leases)
    {
        public int Rounds;

        protected override TimeSpan Interval => TimeSpan.FromHours(1);

        protected override string DoneMessage => "{Count} done";

        public override Task<int> RunOnceAsync(DateTimeOffset now, CancellationToken ct)
        {
            Interlocked.Increment(ref Rounds);
            return Task.FromResult(0);
        }

        // Every round of this instance is over: run here, or skipped because the other instance leads.
        public int Seen => Rounds + RoundsLedElsewhere;
    }

    [Fact]
    public async Task TwoReplicas_RunEachRoundOnce_AndTheSecondTakesOverWhenTheFirstStops()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        // Advisory locks are per database and keyed by the job's name; the run's own server database is shared by
        // no other test with this job.
        var leases = new JobLeases(TestServers.Postgres);
        var first = new CountingJob(clock, leases);
        var second = new CountingJob(clock, leases);

        await first.StartAsync(CancellationToken.None);
        await Eventually.Returns(() => Task.FromResult(first.Seen), n => n == 1, "the first replica's first round");
        await second.StartAsync(CancellationToken.None);
        await Eventually.Returns(() => Task.FromResult(second.Seen), n => n == 1, "the second replica's first round");
        for (var round = 2; round <= 4; round++)
        {
            clock.Advance(TimeSpan.FromHours(1));
            await Eventually.Returns(() => Task.FromResult(first.Seen + second.Seen), n => n == 2 * round, $"both replicas to see round {round}");
        }

        Assert.Equal(4, first.Rounds);
        Assert.Equal(0, second.Rounds);
        Assert.Equal(4, second.RoundsLedElsewhere);

        await first.StopAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromHours(1));
        await Eventually.Returns(() => Task.FromResult(second.Rounds), n => n == 1, "the second replica to take over");
        await second.StopAsync(CancellationToken.None);
        Assert.Equal(4, first.Rounds);
    }
}
