using Frivillighed.Associations.Data;
using Frivillighed.Associations.Model;
using Frivillighed.Messaging;
using Frivillighed.ServiceDefaults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Frivillighed.Associations;

// Sets the child-safety lapse of every association whose declaration is overdue, and tells the other
// services (ChildSafetyDeclarationLapsed), so bookings and grant applications are blocked everywhere at once.
public sealed class ChildSafetyMonitor(IServiceScopeFactory scopes, IOptions<ChildSafetyOptions> options, TimeProvider time,
    ILogger<ChildSafetyMonitor> logger) : PeriodicJob(time, logger)
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

    protected override TimeSpan Interval => options.Value.CheckInterval;

    protected override string DoneMessage => "{Count} associations lapsed for a missing child-safety declaration";

    public override Task<int> RunOnceAsync(DateTimeOffset now, CancellationToken ct) => LapseOverdueAsync(now, ct);
}
