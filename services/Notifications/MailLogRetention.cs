using Frivillighed.Data;
using Frivillighed.Notifications.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Frivillighed.Notifications;

// The mail log is deleted after Notifications:KeepMailLogDays, participants' addresses and links
// Notifications:KeepParticipantDays after their event ended.
public sealed class MailLogRetention(IServiceScopeFactory scopes, IOptions<NotificationOptions> options, TimeProvider time, JobLeases leases,
    ILogger<MailLogRetention> logger) : PeriodicJob(time, logger, leases)
{
    protected override TimeSpan Interval => TimeSpan.FromHours(1);

    protected override string DoneMessage => "Mail log: {Count} old entries deleted";

    public override async Task<int> RunOnceAsync(DateTimeOffset now, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var mailCutoff = now.AddDays(-options.Value.KeepMailLogDays);
        var participantCutoff = now.AddDays(-options.Value.KeepParticipantDays);
        var mails = await db.Mails.Where(m => m.CreatedAt < mailCutoff && m.Status != Model.MailStatus.Pending).ExecuteDeleteAsync(ct);
        var participants = await db.Participants.Where(p => p.EndsAt < participantCutoff).ExecuteDeleteAsync(ct);
        return mails + participants;
    }
}
