using Frivillighed.Associations.Data;
using Frivillighed.Associations.Model;
using Frivillighed.Data;
using Frivillighed.Messaging;
using Frivillighed.ServiceDefaults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Frivillighed.Associations;

// Reminds associations 30 and 7 days before the declaration's deadline (ChildSafetyDeclarationDue), and sets the child-safety lapse of every association whose declaration is overdue, and tells the other
// services (ChildSafetyDeclarationLapsed), so bookings and grant applications are blocked everywhere at once.
public sealed class ChildSafetyMonitor(IServiceScopeFactory scopes, IOptions<ChildSafetyOptions> options, TimeProvider time, JobLeases leases,
    ILogger<ChildSafetyMonitor> logger) : PeriodicJob(time, logger, leases)
{
    public async Task<int> LapseOverdueAsync(DateTimeOffset now, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AssociationsDbContext>();
        var today = Copenhagen.Today(now);
        var deadline = options.Value.DeadlineIn(today.Year);
        if (today <= deadline)
        {
            return 0;
        }

        var candidates = await db.Associations
            .Where(a => a.HasChildrenUnder15 && !a.ChildSafetyLapsed
                && (a.Status == Contracts.Associations.AssociationStatus.Approved || a.Status == Contracts.Associations.AssociationStatus.Suspended)
                && (a.LastChildSafetyYear == null || a.LastChildSafetyYear < today.Year))
            .ToListAsync(ct);
        foreach (var association in candidates)
        {
            if (association.LapseIfOverdue(today, deadline, now) is { } lapsed)
            {
                db.AddEvent(lapsed, Time);
            }
        }

        await db.SaveChangesAsync(ct);
        return candidates.Count;
    }

    public async Task<int> RemindDueAsync(DateTimeOffset now, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AssociationsDbContext>();
        var today = Copenhagen.Today(now);
        var deadline = options.Value.DeadlineIn(today.Year);
        if (today > deadline || today < deadline.AddDays(-30))
        {
            return 0;
        }

        var candidates = await db.Associations
            .Where(a => a.HasChildrenUnder15
                && (a.Status == Contracts.Associations.AssociationStatus.Approved || a.Status == Contracts.Associations.AssociationStatus.Suspended)
                && (a.LastChildSafetyYear == null || a.LastChildSafetyYear < today.Year))
            .ToListAsync(ct);
        var reminded = 0;
        foreach (var association in candidates)
        {
            if (association.RemindIfDue(today, deadline, now) is { } due)
            {
                db.AddEvent(due, Time);
                reminded++;
            }
        }

        await db.SaveChangesAsync(ct);
        return reminded;
    }

    protected override TimeSpan Interval => options.Value.CheckInterval;

    protected override string DoneMessage => "{Count} associations reminded of or lapsed for a missing child-safety declaration";

    public override async Task<int> RunOnceAsync(DateTimeOffset now, CancellationToken ct) =>
        await RemindDueAsync(now, ct) + await LapseOverdueAsync(now, ct);
}
