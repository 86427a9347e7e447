using System.Net.Sockets;
using Frivillighed.Data;
using Frivillighed.Notifications.Data;
using Frivillighed.Notifications.Model;
using MailKit;
using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Frivillighed.Notifications.Mails;

// Sends the recorded mails at a steady pace. Each mail is claimed under a row lock (several replicas never send the
// same one), sent, and marked in the same transaction. A relay that is down or answers "try later" is retried with
// growing pauses (2 s, 4 s, … up to 10 minutes); a refusal for good (a bad address) marks the mail Failed, with
// the relay's answer, for staff to see. Sent mails keep no content. Nothing of a mail's content is logged.
public sealed class MailSender(IServiceScopeFactory scopes, IOptions<SmtpOptions> smtp, IOptions<NotificationOptions> options,
    TimeProvider time, ILogger<MailSender> logger) : BackgroundService
{
    private static readonly TimeSpan Idle = TimeSpan.FromMilliseconds(500);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var client = new SmtpClient();
        var pace = TimeSpan.FromSeconds(1 / Math.Max(smtp.Value.MailsPerSecond, 0.01));
        while (!stoppingToken.IsCancellationRequested)
        {
            bool? sent;
            try
            {
                sent = await SendNextAsync(client, stoppingToken);
            }
            catch (Exception e) when (e is DbUpdateException or RetryLimitExceededException or Npgsql.NpgsqlException or TimeoutException)
            {
                logger.LogWarning(e, "The mail log could not be read; trying again");
                sent = null;
            }

            await Task.Delay(sent == true ? pace : Idle, time, stoppingToken).ContinueWith(_ => { }, CancellationToken.None);
        }

        if (client.IsConnected)
        {
            await client.DisconnectAsync(true, CancellationToken.None);
        }
    }

    // Returns true when a mail was sent, false when one failed, null when none was due.
    public async Task<bool?> SendNextAsync(SmtpClient client, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        return await db.InTransactionAsync((transaction, token) => SendNextAsync(db, transaction, client, token), ct);
    }

    private async Task<bool?> SendNextAsync(NotificationsDbContext db, IDbContextTransaction transaction, SmtpClient client, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var mail = await db.Mails.FromSql($"""
            SELECT * FROM mails WHERE status = 'Pending' AND next_attempt_at <= {now}
            ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED
            """).FirstOrDefaultAsync(ct);
        if (mail is null)
        {
            return null;
        }

        mail.Attempts++;
        bool sent;
        try
        {
            var message = Message(mail);
            await EnsureConnectedAsync(client, ct);
            await client.SendAsync(message, ct);
            (mail.Status, mail.SentAt, mail.LastError) = (MailStatus.Sent, time.GetUtcNow(), null);
            (mail.Html, mail.Text, mail.CalendarFile) = (null, null, null);
            sent = true;
        }
        catch (Exception e) when (Permanent(e) is { } reason)
        {
            (mail.Status, mail.LastError) = (MailStatus.Failed, reason);
            (mail.Html, mail.Text, mail.CalendarFile) = (null, null, null);
            logger.LogWarning("Mail {MailId} ({Template}) refused for good: {Reason}", mail.Id, mail.Template, reason);
            sent = false;
        }
        catch (Exception e) when (e is SmtpCommandException or SmtpProtocolException or IOException or SocketException
            or ServiceNotConnectedException or ServiceNotAuthenticatedException or MailKit.Security.AuthenticationException or TimeoutException)
        {
            mail.LastError = Truncate($"Midlertidig fejl hos mailserveren ({e.GetType().Name}): {e.Message}");
            if (mail.Attempts >= smtp.Value.MaxAttempts)
            {
                mail.Status = MailStatus.Failed;
                (mail.Html, mail.Text, mail.CalendarFile) = (null, null, null);
            }
            else
            {
                mail.NextAttemptAt = time.GetUtcNow() + Backoff(mail.Attempts);
            }

            logger.LogWarning("Mail {MailId} ({Template}) not sent, attempt {Attempt}: {Error}", mail.Id, mail.Template, mail.Attempts, e.Message);
            if (client.IsConnected)
            {
                await client.DisconnectAsync(true, CancellationToken.None);
            }

            sent = false;
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return sent;
    }

    public static TimeSpan Backoff(int attempts) => TimeSpan.FromSeconds(Math.Min(600, Math.Pow(2, Math.Min(attempts, 10))));

    private MimeMessage Message(Mail mail)
    {
        var message = new MimeMessage { Subject = mail.Subject, MessageId = $"{mail.Id}@frivillighed.faxe.dk" };
        message.From.Add(new MailboxAddress(options.Value.FromName, options.Value.FromAddress));
        message.To.Add(new MailboxAddress(mail.RecipientName, mail.RecipientEmail));
        var body = new BodyBuilder { HtmlBody = mail.Html, TextBody = mail.Text };
        if (mail.CalendarFile is { } calendar)
        {
            body.Attachments.Add("arrangement.ics", System.Text.Encoding.UTF8.GetBytes(calendar), new ContentType("text", "calendar") { Charset = "utf-8" });
        }

        message.Body = body.ToMessageBody();
        return message;
    }

    private async Task EnsureConnectedAsync(SmtpClient client, CancellationToken ct)
    {
        if (client.IsConnected)
        {
            return;
        }

        var s = smtp.Value;
        client.Timeout = 30_000;
        await client.ConnectAsync(s.Host, s.Port, s.Security, ct);
        if (!string.IsNullOrEmpty(s.UserName))
        {
            await client.AuthenticateAsync(s.UserName, s.Password ?? "", ct);
        }
    }

    // What the relay said when it will never take the mail (a 5xx on the recipient, sender or message), in Danish
    // for staff; an address MimeKit cannot even read is the same.
    private static string? Permanent(Exception e) => e switch
    {
        ParseException => "E-mailadressen er ikke gyldig.",
        SmtpCommandException { ErrorCode: SmtpErrorCode.RecipientNotAccepted } c when (int)c.StatusCode >= 500 =>
            Truncate($"Modtageren blev afvist af mailserveren ({(int)c.StatusCode}): {c.Message}"),
        SmtpCommandException { ErrorCode: SmtpErrorCode.SenderNotAccepted or SmtpErrorCode.MessageNotAccepted } c when (int)c.StatusCode >= 500 =>
            Truncate($"Mailen blev afvist af mailserveren ({(int)c.StatusCode}): {c.Message}"),
        _ => null,
    };

    private static string Truncate(string text) => text.Length <= 1000 ? text : text[..1000];
}
