using Frivillighed.Contracts.Associations;

namespace Frivillighed.Associations.Apis;

public sealed record AddRepresentativeRequest(Guid? UserId, string? Name, RepresentativeRole? Role)
{
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (UserId is null || UserId == Guid.Empty)
        {
            errors[nameof(UserId)] = ["UserId (the person's id in the identity provider) is required."];
        }

        if (string.IsNullOrWhiteSpace(Name) || Name.Length > 200)
        {
            errors[nameof(Name)] = ["Name is required and at most 200 characters."];
        }

        if (Role is null)
        {
            errors[nameof(Role)] = [$"Role is required: one of {string.Join(", ", Enum.GetNames<RepresentativeRole>())}."];
        }

        return errors;
    }
}
