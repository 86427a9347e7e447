using Frivillighed.Data;
using Frivillighed.Notifications.Data;
using Frivillighed.Notifications.Mails;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Notifications;

// Two days before an event, each participant with a seat gets a reminder (unless they turned reminders off).
// RemindedAt is set in the same transaction as the mail is recorded, so a participant is reminded once.
public sealed class EventReminders(IServiceScopeFactory scopes, TimeProvider time, JobLeases leases, ILogger<EventReminders> logger) : PeriodicJob(time, logger, leases)
{
    protected override TimeSpan Interval => TimeSpan.FromMinutes(15);

    protected override string DoneMessage => "Reminders recorded for {Count} participants";

    public override async Task<int> RunOnceAsync(DateTimeOffset now, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var mails = scope.ServiceProvider.GetRequiredService<MailQueue>();
        return await db.InTransactionAsync(async (transaction, token) =>
        {
            var due = await db.Participants.FromSql($"""
                SELECT * FROM participants WHERE reminded_at IS NULL AND NOT cancelled AND NOT waiting
                  AND starts_at > {now} AND starts_at <= {now.AddDays(2)}
                ORDER BY starts_at LIMIT 500 FOR UPDATE SKIP LOCKED
                """).ToListAsync(token);
            foreach (var participant in due)
            {
                participant.RemindedAt = now;
                var to = await mails.PersonByEmailAsync(participant.Name, participant.Email, token);
                await mails.AddAsync(participant.RegistrationId, "event-reminder", to, Consumers.EventMails.Values(participant, mails.Portal), token, essential: false,
                    key: $"reminder:{participant.RegistrationId}");
            }

            await db.SaveChangesAsync(token);
            await transaction.CommitAsync(token);
            return due.Count;
        }, ct);
    }
}
