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
    ILogger<ChildSafetyMonitor> logger) : BackgroundService
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
                db.AddEvent(lapsed, time);
            }
        }

        await db.SaveChangesAsync(ct);
        return candidates.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CheckInterval, time);
        do
        {
            try
            {
                var lapsed = await LapseOverdueAsync(time.GetUtcNow(), stoppingToken);
                if (lapsed > 0)
                {
                    logger.LogInformation("{Count} associations lapsed for a missing child-safety declaration", lapsed);
                }
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another replica or a request changed one of them meanwhile; the next round sees it again.
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
