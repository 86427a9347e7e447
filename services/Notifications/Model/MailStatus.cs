namespace Frivillighed.Notifications.Model;

public enum MailStatus
{
    // Waiting to be sent (again, from NextAttemptAt, after a temporary failure).
    Pending,
    Sent,

    // The relay refused it for good (e.g. an address that does not exist), or no address is known: staff see why.
    Failed,
}
