namespace Frivillighed.Contracts.Identity;

public enum AccountMailKind
{
    // Confirm the address of a new account (Link), or of a changed address.
    ConfirmEmail,
    ConfirmNewEmail,

    // Choose a new password (Link).
    ResetPassword,

    // Someone tried to sign up with an address that already has an account: the owner is told, with a reset link.
    AlreadyRegistered,
}

// Identity asks for a mail about the account itself. Link carries a one-time secret valid until ExpiresAt;
// the Notifications service keeps it only until the mail is sent.
public sealed record AccountMailRequested(
    Guid UserId, AccountMailKind Kind, string DisplayName, string Email, string Link, DateTimeOffset ExpiresAt, DateTimeOffset OccurredAt);
