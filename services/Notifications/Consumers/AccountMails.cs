using Frivillighed.Contracts.Identity;
using Frivillighed.Notifications.Data;
using Frivillighed.Notifications.Mails;
using Frivillighed.ServiceDefaults;
using MassTransit;

namespace Frivillighed.Notifications.Consumers;

// Confirmation and password links for the account itself, to the address Identity names.
public sealed class AccountMails(NotificationsDbContext db, MailQueue mails, ILogger<AccountMails> logger) : IConsumer<AccountMailRequested>
{
    public Task Consume(ConsumeContext<AccountMailRequested> context)
    {
        var m = context.Message;
        var template = m.Kind switch
        {
            AccountMailKind.ConfirmEmail => "account-confirm",
            AccountMailKind.ConfirmNewEmail => "account-confirm-new-email",
            AccountMailKind.ResetPassword => "account-reset-password",
            _ => "account-already-registered",
        };
        var link = m.Link.StartsWith("http", StringComparison.Ordinal) ? m.Link : mails.Portal + m.Link;
        return db.MailOnceAsync(context, "account-mails", ct => mails.AddAsync(context.MessageId!.Value, template,
            new Mails.Recipient(m.DisplayName, m.Email, m.UserId),
            new() { ["Link"] = link, ["Expires"] = DanishFormat.DateAndTime(m.ExpiresAt) }, ct), logger);
    }
}
