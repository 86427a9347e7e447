using Frivillighed.Associations.Model;
using Frivillighed.Contracts.Associations;

namespace Frivillighed.Associations.Apis;

public sealed record ChangeStatusRequest(AssociationStatus? Status, string? Reason, Fol4Checklist? Checklist)
{
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (Status is null)
        {
            errors[nameof(Status)] = [$"Status is required: one of {string.Join(", ", Enum.GetNames<AssociationStatus>())}."];
        }

        if (string.IsNullOrWhiteSpace(Reason) || Reason.Length > 2000)
        {
            errors[nameof(Reason)] = ["A reason is required (at most 2000 characters): every decision is kept with why."];
        }

        return errors;
    }
}
