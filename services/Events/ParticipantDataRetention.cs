using Frivillighed.Data;
using Frivillighed.Events.Data;
using Frivillighed.Events.Model;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Events;

// Participants' names, e-mails, needs and links are removed Events:Retention:ParticipantDataDays (default 30)
// days after an event ends; the registrations stay, so the counts (registered, waiting, cancelled, checked in)
// stay for statistics.
public sealed class ParticipantDataRetention(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider time, JobLeases leases,
    ILogger<ParticipantDataRetention> logger) : PeriodicJob(time, logger, leases)
{
    public async Task<int> RemoveExpiredAsync(DateTimeOffset now, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EventsDbContext>();
        var cutoff = now.AddDays(-configuration.GetValue("Events:Retention:ParticipantDataDays", 30));
        var expired = await db.Events.Where(e => e.EndsAt < cutoff && !e.ParticipantDataRemoved).ToListAsync(ct);
        foreach (var ended in expired)
        {
            await db.Registrations.Where(r => r.EventId == ended.Id).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Name, "")
                .SetProperty(r => r.Email, "")
                .SetProperty(r => r.Dietary, (string?)null)
                .SetProperty(r => r.Accessibility, (string?)null)
                .SetProperty(r => r.CancelTokenHash, (string?)null)
                .SetProperty(r => r.Anonymised, true), ct);
            ended.ParticipantDataRemoved = true;
            await db.SaveChangesAsync(ct);
        }

        return expired.Count;
    }

    protected override TimeSpan Interval => TimeSpan.FromHours(1);

    protected override string DoneMessage => "Participant data removed for {Count} past events";

    public override Task<int> RunOnceAsync(DateTimeOffset now, CancellationToken ct) => RemoveExpiredAsync(now, ct);
}
