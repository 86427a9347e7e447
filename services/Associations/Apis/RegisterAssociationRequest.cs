using System.Net.Mail;
using Frivillighed.Associations.Model;
using Frivillighed.Contracts;

namespace Frivillighed.Associations.Apis;

// Only what the registering person may set: no id, status or version (those are the platform's).
public sealed record RegisterAssociationRequest(
    string? Name,
    string? CvrNumber,
    string? Town,
    string? Address,
    ActivityArea[]? ActivityAreas,
    bool? HasChildrenUnder15,
    string? Description,
    string? Website,
    string? ContactEmail,
    string? ContactPhone,
    DateOnly? FoundedOn,
    Fol4Checklist? Fol4Statement = null)
{
    public Dictionary<string, string[]> Validate(DateOnly today)
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

        if (string.IsNullOrWhiteSpace(Address) || Address.Length > 200)
        {
            errors[nameof(Address)] = ["Address is required and at most 200 characters."];
        }

        if (ActivityAreas is not { Length: > 0 })
        {
            errors[nameof(ActivityAreas)] = [$"Name at least one activity area: {string.Join(", ", Enum.GetNames<ActivityArea>())}."];
        }

        if (HasChildrenUnder15 is null)
        {
            errors[nameof(HasChildrenUnder15)] = ["Say whether the association has activity for children under 15 (it decides the yearly child-safety declaration)."];
        }

        if (Description is { Length: > 4000 })
        {
            errors[nameof(Description)] = ["Description is at most 4000 characters."];
        }

        if (Website is not null && !(Uri.TryCreate(Website, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && Website.Length <= 300))
        {
            errors[nameof(Website)] = ["Website must be an http or https address of at most 300 characters."];
        }

        if (ContactEmail is not null && !(MailAddress.TryCreate(ContactEmail, out var mail) && mail.Address == ContactEmail && ContactEmail.Length <= 200))
        {
            errors[nameof(ContactEmail)] = ["Contact e-mail must be an e-mail address."];
        }

        if (ContactPhone is not null && !(ContactPhone.Length is >= 8 and <= 20 && ContactPhone.All(c => char.IsAsciiDigit(c) || c is '+' or ' ')))
        {
            errors[nameof(ContactPhone)] = ["Contact phone has 8 to 20 digits, spaces or a leading +."];
        }

        if (FoundedOn > today)
        {
            errors[nameof(FoundedOn)] = ["The founding date cannot be in the future."];
        }

        return errors;
    }

    public RegistrationDetails ToDetails() => new(
        Name!.Trim(), CvrNumber!, Town!, Address!.Trim(), ActivityAreas!.Distinct().ToArray(), HasChildrenUnder15!.Value,
        Description?.Trim() ?? "", Website, ContactEmail, ContactPhone?.Trim(), FoundedOn);
}
