using Frivillighed.Events.Model;

namespace Frivillighed.Events.Apis;

public sealed record EventResponse(
    Guid Id,
    EventKind Kind,
    string Title,
    string Description,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    Guid? VenueFacilityId,
    string Venue,
    string Town,
    int Capacity,
    int Registered,
    int SeatsLeft,
    DateTimeOffset RegistrationOpens,
    DateTimeOffset RegistrationCloses,
    Audience Audience,
    EventStatus Status,
    string? StatusReason,
    List<SessionResponse> Sessions,
    Guid? OrganizerAssociationId);
