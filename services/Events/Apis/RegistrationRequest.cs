using System.Net.Mail;
using Frivillighed.Events.Model;

namespace Frivillighed.Events.Apis;

public sealed record RegistrationRequest(
    string? Name,
    string? Email,
    Guid? AssociationId,
    string? Dietary,
    string? Accessibility,
    List<Guid>? Sessions,
    string? InvitationCode)
{
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(Name) || Name.Length > 200)
        {
            errors[nameof(Name)] = ["Give your name (at most 200 characters)."];
        }

        if (string.IsNullOrWhiteSpace(Email) || Email.Length > 254 || !MailAddress.TryCreate(Email, out _))
        {
            errors[nameof(Email)] = ["Give an e-mail address we can write to."];
        }

        if (Dietary?.Length > 500 || Accessibility?.Length > 500 || Sessions?.Count > 50)
        {
            errors[nameof(Dietary)] = ["Dietary and accessibility needs are at most 500 characters each; at most 50 sessions."];
        }

        return errors;
    }

    // Seated when QueueNumber is null, else waiting in that place.
    public Registration ToRegistration(Guid id, Guid eventId, List<Guid> sessions, long? queueNumber, string cancelTokenHash, DateTimeOffset now) => new()
    {
        Id = id, EventId = eventId, Name = Name!.Trim(), Email = Email!.Trim(), AssociationId = AssociationId, Dietary = Dietary?.Trim(),
        Accessibility = Accessibility?.Trim(), SessionIds = sessions, Status = queueNumber is null ? RegistrationStatus.Confirmed : RegistrationStatus.Waiting,
        RegisteredAt = now, QueueNumber = queueNumber, CancelTokenHash = cancelTokenHash,
    };
}
