using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Frivillighed.Messaging;

// A job that runs at start and then every Interval (lapses, retention, overdue reports). A database fault in
// one round is logged and the next round tries again: an unhandled exception would stop the whole service.
public abstract class PeriodicJob(TimeProvider time, ILogger logger) : BackgroundService
{
    protected TimeProvider Time => time;

    protected abstract TimeSpan Interval { get; }

    // What a round did, for the log: "{Count} …" (logged only when the count is above 0).
    protected abstract string DoneMessage { get; }

    // One round; returns how many things it changed.
    public abstract Task<int> RunOnceAsync(DateTimeOffset now, CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                if (await RunOnceAsync(time.GetUtcNow(), stoppingToken) is > 0 and var count)
                {
#pragma warning disable CA2254 // the template is the job's own constant
                    logger.LogInformation(DoneMessage, count);
#pragma warning restore CA2254
                }
            }
            catch (Exception e) when (e is DbUpdateException or NpgsqlException or TimeoutException)
            {
                logger.LogWarning(e, "{Job} failed this round; the next round tries again", GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
