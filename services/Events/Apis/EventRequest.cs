using Frivillighed.Contracts;
using Frivillighed.Events.Model;
using Frivillighed.ServiceDefaults;

namespace Frivillighed.Events.Apis;

// Times are local (Europe/Copenhagen), e.g. "2027-03-02T17:00". The venue is a facility (venueFacilityId, booked
// through the Booking service) or an outside address (venue and town). Registration opens now and closes when
// the event begins unless said otherwise.
public sealed record EventRequest(
    EventKind? Kind,
    string? Title,
    string? Description,
    DateTime? Start,
    DateTime? End,
    Guid? VenueFacilityId,
    string? Venue,
    string? Town,
    int? Capacity,
    DateTime? RegistrationOpens,
    DateTime? RegistrationCloses,
    Audience Audience = Audience.Public,
    string? InvitationCode = null,
    Guid? OrganizerAssociationId = null,
    List<SessionRequest>? Sessions = null)
{
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (Kind is null)
        {
            errors[nameof(Kind)] = [$"Give the kind: {string.Join(", ", Enum.GetNames<EventKind>())}."];
        }

        if (string.IsNullOrWhiteSpace(Title) || Title.Length > 200 || Description?.Length > 4000)
        {
            errors[nameof(Title)] = ["Give a title (at most 200 characters); the description is at most 4000."];
        }

        if (Start is null || End is null || End <= Start || Copenhagen.ToInstant(Start.Value) is null || Copenhagen.ToInstant(End.Value) is null)
        {
            errors[nameof(Start)] = ["Give start and end as local times in Denmark (yyyy-MM-ddTHH:mm), the end after the start."];
        }

        if (VenueFacilityId is null && (string.IsNullOrWhiteSpace(Venue) || Venue.Length > 200 || Town is null || !Towns.IsKnown(Town)))
        {
            errors[nameof(Venue)] = [$"Give a facility (venueFacilityId) or an outside address (venue) and its town ({string.Join(", ", Towns.All)})."];
        }

        if (Capacity is not (>= 1 and <= 100_000))
        {
            errors[nameof(Capacity)] = ["Give the number of seats (1–100000)."];
        }

        if (RegistrationOpens is { } opens && RegistrationCloses is { } closes && closes <= opens)
        {
            errors[nameof(RegistrationCloses)] = ["Registration closes after it opens."];
        }

        if (Audience == Audience.Invited && (string.IsNullOrWhiteSpace(InvitationCode) || InvitationCode.Length is < 6 or > 100))
        {
            errors[nameof(InvitationCode)] = ["An event for invited people needs an invitation code of 6–100 characters."];
        }

        if (Sessions is { } sessions && (sessions.Count > 50 || sessions.Any(s => string.IsNullOrWhiteSpace(s.Title) || s.Title.Length > 200
                || s.Start is null || s.End is null || s.End <= s.Start || s.Start < Start || s.End > End || s.Capacity is not (>= 1 and <= 100_000))))
        {
            errors[nameof(Sessions)] = ["Each session (at most 50) has a title, a start and end within the event, and seats (1–100000)."];
        }

        return errors;
    }
}
