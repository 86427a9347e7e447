using Frivillighed.Contracts.Grants;
using Frivillighed.Data;
using Frivillighed.Grants.Data;
using Frivillighed.Messaging;
using Frivillighed.ServiceDefaults;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Grants;

// Announces each report of use once when it is due within 14 days (UseReportDueSoon) and once when overdue (UseReportOverdue); the overdue list and the block on new
// applications do not wait for it, they ask the database directly.
public sealed class UseReportMonitor(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider time, JobLeases leases, ILogger<UseReportMonitor> logger)
    : PeriodicJob(time, logger, leases)
{
    // Each award is claimed with a conditional update in the same transaction as its event, so two runners at
    // once (replicas, or the timer and a manual run) announce it once between them.
    public async Task<int> AnnounceOverdueAsync(DateTimeOffset now, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GrantsDbContext>();
        var overdue = await db.Awards.AsNoTracking().Where(OverdueReports.Is(db, Copenhagen.Today(now))).Where(a => a.OverdueAnnouncedAt == null)
            .ToListAsync(ct);
        var announced = 0;
        foreach (var award in overdue)
        {
            announced += await db.InTransactionAsync<int>(async (transaction, token) =>
            {
                var claimed = await db.Awards.Where(a => a.Id == award.Id && a.OverdueAnnouncedAt == null)
                    .ExecuteUpdateAsync(set => set.SetProperty(a => a.OverdueAnnouncedAt, now), token);
                if (claimed == 0)
                {
                    return 0;
                }

                db.AddEvent(new UseReportOverdue(award.Id, award.PoolId, award.AssociationId, award.ReportDue!.Value, now), Time);
                await db.SaveChangesAsync(token);
                await transaction.CommitAsync(token);
                return 1;
            }, ct);
        }

        return announced;
    }

    // Reminds once per award, 14 days before its report is due (UseReportDueSoon), claimed like the overdue announcement.
    public async Task<int> AnnounceDueSoonAsync(DateTimeOffset now, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GrantsDbContext>();
        var due = await db.Awards.AsNoTracking().Where(OverdueReports.DueSoon(db, Copenhagen.Today(now))).Where(a => a.DueSoonAnnouncedAt == null)
            .ToListAsync(ct);
        var announced = 0;
        foreach (var award in due)
        {
            announced += await db.InTransactionAsync<int>(async (transaction, token) =>
            {
                var claimed = await db.Awards.Where(a => a.Id == award.Id && a.DueSoonAnnouncedAt == null)
                    .ExecuteUpdateAsync(set => set.SetProperty(a => a.DueSoonAnnouncedAt, now), token);
                if (claimed == 0)
                {
                    return 0;
                }

                db.AddEvent(new UseReportDueSoon(award.Id, award.PoolId, award.AssociationId, award.ReportDue!.Value, now), Time);
                await db.SaveChangesAsync(token);
                await transaction.CommitAsync(token);
                return 1;
            }, ct);
        }

        return announced;
    }

    protected override TimeSpan Interval => configuration.GetValue("Grants:OverdueCheckInterval", TimeSpan.FromHours(1));

    protected override string DoneMessage => "{Count} reports of use became due soon or overdue";

    public override async Task<int> RunOnceAsync(DateTimeOffset now, CancellationToken ct) =>
        await AnnounceDueSoonAsync(now, ct) + await AnnounceOverdueAsync(now, ct);
}
