using System.Net.Mail;

namespace Frivillighed.Associations.Apis;

// An agreed volunteer effort. ForAssociationId: the effort is part of this association's own activity; such
// efforts are refused (the association's insurance covers them), so staff learn why at once.
public sealed record VolunteerAgreementRequest(
    string? VolunteerName,
    string? VolunteerEmail,
    string? VolunteerPhone,
    string? Task,
    string? Place,
    DateOnly? From,
    DateOnly? To,
    string? Department,
    string? ResponsibleManager,
    Guid? ForAssociationId = null)
{
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(VolunteerName) || VolunteerName.Length > 200)
        {
            errors[nameof(VolunteerName)] = ["Give the volunteer's name (at most 200 characters)."];
        }

        if (VolunteerEmail is null || !(MailAddress.TryCreate(VolunteerEmail.Trim(), out var mail) && mail.Address == VolunteerEmail.Trim()) || VolunteerEmail.Length > 200)
        {
            errors[nameof(VolunteerEmail)] = ["Give the volunteer's e-mail address: the confirmation of cover is sent there."];
        }

        if (VolunteerPhone is { Length: > 20 })
        {
            errors[nameof(VolunteerPhone)] = ["The phone number is at most 20 characters."];
        }

        if (string.IsNullOrWhiteSpace(Task) || Task.Length > 500 || string.IsNullOrWhiteSpace(Place) || Place.Length > 200)
        {
            errors[nameof(Task)] = ["Describe the task (at most 500 characters) and where it is done (at most 200)."];
        }

        if (From is null || To is null || To < From || To > From.Value.AddYears(5))
        {
            errors[nameof(From)] = ["Give the period: the first and the last day of the effort (at most five years)."];
        }

        if (string.IsNullOrWhiteSpace(Department) || Department.Length > 200 || string.IsNullOrWhiteSpace(ResponsibleManager) || ResponsibleManager.Length > 200)
        {
            errors[nameof(Department)] = ["Give the municipal department and the manager who agreed the effort."];
        }

        return errors;
    }
}
