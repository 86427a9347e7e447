namespace Frivillighed.Identity.Model;

// A person who signs in. Roles are platform roles (citizen, staff, admin); whether someone represents an
// association is the Associations service's business, not the token's.
public sealed class User
{
    public Guid Id { get; init; }
    public required string UserName { get; init; }
    public required string DisplayName { get; init; }
    public required string Email { get; init; }
    public string PasswordHash { get; set; } = "";
    public string[] Roles { get; set; } = [];
}
