namespace Frivillighed.Notifications;

// Notifications:* — where the mails' links point, who sends them, and how long the mail log is kept.
public sealed class NotificationOptions
{
    // The portal's public address (the gateway's); every link in a mail starts with it.
    public string PortalUrl { get; set; } = "http://localhost:8080";
    public string FromName { get; set; } = "Faxe Kommune, Frivillighed og foreninger";
    public string FromAddress { get; set; } = "frivillighed@faxe.invalid";

    // The mail log (who got what, when) is deleted after this many days.
    public int KeepMailLogDays { get; set; } = 180;

    // Participants' addresses and links are deleted this many days after their event ends.
    public int KeepParticipantDays { get; set; } = 7;
}

// Smtp:* — the relay: smtp4dev in the default run and the tests, any relay in production (credentials from secrets).
public sealed class SmtpOptions
{
    public string Host { get; set; } = "localhost";
    public int Port { get; set; } = 25;

    // None, Auto, StartTls, StartTlsWhenAvailable or SslOnConnect (MailKit's SecureSocketOptions).
    public MailKit.Security.SecureSocketOptions Security { get; set; } = MailKit.Security.SecureSocketOptions.StartTlsWhenAvailable;
    public string? UserName { get; set; }
    public string? Password { get; set; }

    // A steady pace, so that a season publication with thousands of outcomes does not flood the relay.
    public double MailsPerSecond { get; set; } = 10;

    // A mail the relay keeps refusing for a temporary reason is given up after this many attempts (about a day).
    public int MaxAttempts { get; set; } = 25;
}
