using Frivillighed.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Frivillighed.Messaging.Tests;

public class PeriodicJobTests
{
    private sealed class FlakyJob(TimeProvider time) : PeriodicJob(time, NullLogger.Instance, JobLeases.Unshared)
    {
        public int Rounds;
        public readonly SemaphoreSlim Ran = new(0);

        protected override TimeSpan Interval => TimeSpan.FromHours(1);

        protected override string DoneMessage => "{Count} done";

        public override Task<int> RunOnceAsync(DateTimeOffset now, CancellationToken ct)
        {
            var round = Interlocked.Increment(ref Rounds);
            Ran.Release();
            return round == 1 ? throw new DbUpdateException("the database went away for a moment") : Task.FromResult(1);
        }
    }

    // An hourly job whose first round meets a database fault keeps its schedule (an unhandled exception in a
    // BackgroundService would stop the whole service).
    [Fact]
    public async Task ADatabaseFaultInOneRound_DoesNotStopTheJob()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var job = new FlakyJob(clock);

        await job.StartAsync(CancellationToken.None);
        Assert.True(await job.Ran.WaitAsync(TimeSpan.FromSeconds(10)));
        clock.Advance(TimeSpan.FromHours(1));
        Assert.True(await job.Ran.WaitAsync(TimeSpan.FromSeconds(10)));
        await job.StopAsync(CancellationToken.None);

        Assert.Equal(2, job.Rounds);
        Assert.False(job.ExecuteTask!.IsFaulted);
    }
}
