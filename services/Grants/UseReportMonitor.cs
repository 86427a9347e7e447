using Frivillighed.Contracts.Grants;
using Frivillighed.Grants.Data;
using Frivillighed.Messaging;
using Frivillighed.ServiceDefaults;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Grants;

// Announces each overdue report of use once (UseReportOverdue); the overdue list and the block on new
// applications do not wait for it, they ask the database directly.
public sealed class UseReportMonitor(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider time, ILogger<UseReportMonitor> logger)
    : PeriodicJob(time, logger)
{
    public async Task<int> AnnounceOverdueAsync(DateTimeOffset now, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GrantsDbContext>();
        var overdue = await db.Awards.Where(OverdueReports.Is(db, Copenhagen.Today(now))).Where(a => a.OverdueAnnouncedAt == null).ToListAsync(ct);
        foreach (var award in overdue)
        {
            award.OverdueAnnouncedAt = now;
            db.AddEvent(new UseReportOverdue(award.Id, award.PoolId, award.AssociationId, award.ReportDue, now), Time);
        }

        await db.SaveChangesAsync(ct);
        return overdue.Count;
    }

    protected override TimeSpan Interval => configuration.GetValue("Grants:OverdueCheckInterval", TimeSpan.FromHours(1));

    protected override string DoneMessage => "{Count} reports of use became overdue";

    public override Task<int> RunOnceAsync(DateTimeOffset now, CancellationToken ct) => AnnounceOverdueAsync(now, ct);
}
