using Frivillighed.Contracts.Grants;
using Frivillighed.Grants.Data;
using Frivillighed.Messaging;
using Frivillighed.ServiceDefaults;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Grants;

// Announces each overdue report of use once (UseReportOverdue); the overdue list and the block on new
// applications do not wait for it, they ask the database directly.
public sealed class UseReportMonitor(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider time, ILogger<UseReportMonitor> logger)
    : BackgroundService
{
    public async Task<int> AnnounceOverdueAsync(DateTimeOffset now, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GrantsDbContext>();
        var overdue = await db.Awards.Where(OverdueReports.Is(db, Copenhagen.Today(now))).Where(a => a.OverdueAnnouncedAt == null).ToListAsync(ct);
        foreach (var award in overdue)
        {
            award.OverdueAnnouncedAt = now;
            db.AddEvent(new UseReportOverdue(award.Id, award.PoolId, award.AssociationId, award.ReportDue, now), time);
        }

        await db.SaveChangesAsync(ct);
        return overdue.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(configuration.GetValue("Grants:OverdueCheckInterval", TimeSpan.FromHours(1)), time);
        do
        {
            try
            {
                if (await AnnounceOverdueAsync(time.GetUtcNow(), stoppingToken) is > 0 and var count)
                {
                    logger.LogInformation("{Count} reports of use became overdue", count);
                }
            }
            catch (Exception e) when (e is DbUpdateException or Npgsql.NpgsqlException)
            {
                logger.LogWarning(e, "Checking for overdue reports of use failed; the next round tries again");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
