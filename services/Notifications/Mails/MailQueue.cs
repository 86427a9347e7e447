using Frivillighed.Contracts.Associations;
using Frivillighed.Notifications.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Frivillighed.Notifications.Mails;

// Records mails in the consumer's transaction (with its inbox row); MailSender sends them afterwards.
public sealed class MailQueue(NotificationsDbContext db, IOptions<NotificationOptions> options, TimeProvider time)
{
    public string Portal => options.Value.PortalUrl.TrimEnd('/');

    // One mail to one person. The key (message + template + recipient, or the caller's) makes it once only.
    // A reminder to someone who turned reminders off is not written at all.
    public async Task AddAsync(Guid messageId, string template, Recipient to, Dictionary<string, string> values, CancellationToken ct,
        bool essential = true, Guid? associationId = null, string? key = null, string? calendarFile = null)
    {
        if (!essential && !to.Reminders)
        {
            return;
        }

        values["Name"] = to.Name;
        values["Portal"] = Portal;
        var mail = MailTemplates.Render(template, values);
        var now = time.GetUtcNow();
        var mailKey = $"{key ?? messageId.ToString()}:{template}:{to.Email.ToLowerInvariant()}";
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO mails (id, key, message_id, template, essential, association_id, user_id, recipient_name, recipient_email,
                               subject, html, text, calendar_file, status, attempts, next_attempt_at, created_at)
            VALUES ({Guid.CreateVersion7()}, {mailKey}, {messageId}, {template}, {essential}, {associationId}, {to.UserId}, {to.Name}, {to.Email},
                    {mail.Subject}, {mail.Html}, {mail.Text}, {calendarFile}, 'Pending', 0, {now}, {now})
            ON CONFLICT (key) DO NOTHING
            """, ct);
    }

    // The association's representatives in these roles, with the addresses Identity gave. None known yet (the
    // representative or profile events are still on their way) is retried by the consumer.
    public async Task<IReadOnlyList<Recipient>> RepresentativesAsync(Guid associationId, RepresentativeRole[] roles, CancellationToken ct)
    {
        var names = roles.Select(r => r.ToString()).ToList();
        var found = await db.Database.SqlQuery<RepresentativeRow>($"""
            SELECT p.display_name AS name, p.email AS email, p.user_id AS user_id, p.reminders AS reminders
            FROM known_representatives r JOIN people p ON p.user_id = r.user_id
            WHERE r.association_id = {associationId} AND NOT r.removed AND r.role = ANY({names})
            ORDER BY p.display_name
            """).ToListAsync(ct);
        return found.Count > 0
            ? found.Select(r => new Recipient(r.Name, r.Email, r.UserId, r.Reminders)).ToList()
            : throw new RecipientsNotYetKnown($"No {string.Join("/", roles)} of association {associationId} with a known address yet.");
    }

    public async Task<string> AssociationNameAsync(Guid associationId, CancellationToken ct) =>
        await db.Set<Frivillighed.AssociationReadModel.KnownAssociation>().Where(a => a.Id == associationId).Select(a => a.Name).FirstOrDefaultAsync(ct)
            ?? throw new RecipientsNotYetKnown($"Association {associationId} is not known yet.");

    public async Task<Recipient> PersonByEmailAsync(string name, string email, CancellationToken ct)
    {
        var reminders = await db.People.Where(p => p.Email.ToLower() == email.ToLower()).Select(p => (bool?)p.Reminders).FirstOrDefaultAsync(ct);
        return new Recipient(name, email, null, reminders ?? true);
    }

    private sealed record RepresentativeRow(string Name, string Email, Guid UserId, bool Reminders);
}
