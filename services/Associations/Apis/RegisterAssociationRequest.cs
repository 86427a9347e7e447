using Frivillighed.Associations.Model;
using Frivillighed.Contracts;

namespace Frivillighed.Associations.Apis;

public sealed record RegisterAssociationRequest(string? Name, string? CvrNumber, string? Town)
{
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(Name) || Name.Trim().Length > 200)
        {
            errors[nameof(Name)] = ["Name is required and at most 200 characters."];
        }

        if (!Model.CvrNumber.IsValid(CvrNumber))
        {
            errors[nameof(CvrNumber)] = ["CVR number must be 8 digits with a valid modulus-11 check digit."];
        }

        if (Town is null || !Towns.IsKnown(Town))
        {
            errors[nameof(Town)] = [$"Town must be one of: {string.Join(", ", Towns.All)}."];
        }

        return errors;
    }
}
