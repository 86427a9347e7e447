namespace Frivillighed.Notifications.Mails;

// Who a mail is for. Reminders false: the person turned reminders off on "Min side".
public sealed record Recipient(string Name, string Email, Guid? UserId = null, bool Reminders = true);

// The people a mail needs are not known yet (their event has not been consumed): the consumer tries again shortly.
public sealed class RecipientsNotYetKnown(string message) : Exception(message);
