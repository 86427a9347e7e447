namespace Frivillighed.Notifications.Model;

// One mail to one person, recorded before it is sent. Key makes it once only: the message that caused it and
// the recipient (or, for a weekly series, the series), so a redelivered event finds its row and sends nothing new.
// The content is kept only until the mail is sent; what stays is what staff need to answer "did they get it?".
public sealed class Mail
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string Key { get; init; }
    public Guid MessageId { get; init; }
    public required string Template { get; init; }

    // Reminders can be turned off by the person; decisions always arrive.
    public bool Essential { get; init; } = true;
    public Guid? AssociationId { get; init; }
    public Guid? UserId { get; init; }
    public required string RecipientName { get; init; }
    public required string RecipientEmail { get; init; }
    public required string Subject { get; init; }
    public string? Html { get; set; }
    public string? Text { get; set; }
    public string? CalendarFile { get; set; }
    public MailStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? SentAt { get; set; }
}
