using Frivillighed.Contracts.Identity;

namespace Frivillighed.Identity.Model;

// A one-time link sent by mail: confirm an address, confirm a new address, or choose a new password. Only the
// secret's hash is kept; a token is used once (UsedAt) and is dead after ExpiresAt.
public sealed class AccountToken
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid UserId { get; init; }
    public AccountMailKind Purpose { get; init; }
    public required string TokenHash { get; init; }
    public string? NewEmail { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }
    public DateTimeOffset? UsedAt { get; set; }

    public bool IsUsable(DateTimeOffset now) => UsedAt is null && now < ExpiresAt;
}
