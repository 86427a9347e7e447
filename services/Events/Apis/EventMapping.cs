using Frivillighed.Contracts.Events;
using Frivillighed.Events.Model;

namespace Frivillighed.Events.Apis;

public static class EventMapping
{
    public static EventResponse ToResponse(this PlatformEvent e, IEnumerable<Session> sessions) => new(
        e.Id, e.Kind, e.Title, e.Description, e.StartsAt, e.EndsAt, e.VenueFacilityId, e.Venue, e.Town, e.Capacity, e.Registered, e.Capacity - e.Registered,
        e.RegistrationOpens, e.RegistrationCloses, e.Audience, e.Status, e.StatusReason,
        sessions.OrderBy(s => s.StartsAt).Select(s => new SessionResponse(s.Id, s.Title, s.StartsAt, s.EndsAt, s.Capacity, s.Registered)).ToList(),
        e.OrganizerAssociationId);

    public static ParticipantResponse ToParticipant(this Registration r) =>
        new(r.Id, r.Name, r.Email, r.AssociationId, r.Dietary, r.Accessibility, r.SessionIds, r.Status, r.RegisteredAt, r.CheckedInAt);
}
