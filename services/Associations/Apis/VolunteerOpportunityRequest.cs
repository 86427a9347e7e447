using Frivillighed.Associations.Model;
using Frivillighed.Contracts;

namespace Frivillighed.Associations.Apis;

public sealed record VolunteerOpportunityRequest(
    string? Title, string? Description, ActivityArea? Area, string? Town, string? TimeCommitment, string? Contact)
{
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(Title) || Title.Length > 200)
        {
            errors[nameof(Title)] = ["Title is required and at most 200 characters."];
        }

        if (Description is { Length: > 4000 })
        {
            errors[nameof(Description)] = ["Description is at most 4000 characters."];
        }

        if (Area is null)
        {
            errors[nameof(Area)] = [$"Area is one of: {string.Join(", ", Enum.GetNames<ActivityArea>())}."];
        }

        if (Town is null || !Towns.IsKnown(Town))
        {
            errors[nameof(Town)] = [$"Town must be one of: {string.Join(", ", Towns.All)}."];
        }

        if (string.IsNullOrWhiteSpace(TimeCommitment) || TimeCommitment.Length > 200)
        {
            errors[nameof(TimeCommitment)] = ["Say how much time it takes (e.g. \"2 hours a week\"), at most 200 characters."];
        }

        if (string.IsNullOrWhiteSpace(Contact) || Contact.Length > 300)
        {
            errors[nameof(Contact)] = ["Say how to get in touch (it is shown publicly), at most 300 characters."];
        }

        return errors;
    }
}
