using Frivillighed.Contracts.Identity;

namespace Frivillighed.Identity.Model;

// A person who signs in. Roles are platform roles (citizen, staff, admin); whether someone represents an
// association is the Associations service's business, not the token's. A self-made account signs in with its
// e-mail address (UserName = Email) once the address is confirmed.
public sealed class User
{
    public Guid Id { get; init; }
    public required string UserName { get; set; }
    public required string DisplayName { get; set; }
    public required string Email { get; set; }
    public bool EmailConfirmed { get; set; } = true;
    public string PasswordHash { get; set; } = "";
    public string[] Roles { get; set; } = [];
    public DateTimeOffset? CreatedAt { get; init; }

    public UserProfileChanged ProfileChanged(DateTimeOffset now) => new(Id, DisplayName, Email, now);
}
