using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Frivillighed.Data;

// A job that runs at start and then every Interval (lapses, retention, overdue reports). A database fault in
// one round is logged and the next round tries again: an unhandled exception would stop the whole service.
// With several replicas only the one holding the job's lease runs its rounds (JobLeases); the others skip them
// and take over at their next tick when the holder is gone.
public abstract class PeriodicJob(TimeProvider time, ILogger logger, JobLeases leases) : BackgroundService
{
    protected TimeProvider Time => time;

    // Rounds this instance skipped: another instance holds the job's lease (or the database could not be reached).
    public int RoundsLedElsewhere => roundsLedElsewhere;

    private int roundsLedElsewhere;

    protected abstract TimeSpan Interval { get; }

    // What a round did, for the log: "{Count} …" (logged only when the count is above 0).
    protected abstract string DoneMessage { get; }

    // One round; returns how many things it changed.
    public abstract Task<int> RunOnceAsync(DateTimeOffset now, CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        JobLease? lease = null;
        try
        {
            do
            {
                lease = await LeadAsync(lease, stoppingToken);
                if (lease is null)
                {
                    Interlocked.Increment(ref roundsLedElsewhere);
                    continue;
                }

                try
                {
                    if (await RunOnceAsync(time.GetUtcNow(), stoppingToken) is > 0 and var count)
                    {
#pragma warning disable CA2254 // the template is the job's own constant
                        logger.LogInformation(DoneMessage, count);
#pragma warning restore CA2254
                    }
                }
                catch (Exception e) when (e is DbUpdateException or RetryLimitExceededException or NpgsqlException or TimeoutException)
                {
                    logger.LogWarning(e, "{Job} failed this round; the next round tries again", GetType().Name);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        finally
        {
            if (lease is not null)
            {
                await lease.DisposeAsync();
            }
        }
    }

    // Keeps the lease while its session lives, or tries to take it (a holder that died released it).
    private async Task<JobLease?> LeadAsync(JobLease? lease, CancellationToken ct)
    {
        if (lease is not null)
        {
            if (await lease.IsHeldAsync(ct))
            {
                return lease;
            }

            await lease.DisposeAsync();
            logger.LogWarning("{Job} lost its lease (the database session ended); taking it again", GetType().Name);
        }

        return await leases.TryTakeAsync(GetType().Name, ct);
    }
}
