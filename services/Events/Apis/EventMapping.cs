using System.Security.Claims;
using Frivillighed.ServiceDefaults;
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

    public static PlatformEvent ToEvent(this EventRequest r, DateTimeOffset startsAt, DateTimeOffset endsAt, DateTimeOffset opens, DateTimeOffset closes, ClaimsPrincipal user, DateTimeOffset now) => new()
    {
        Kind = r.Kind!.Value, Title = r.Title!.Trim(), Description = r.Description?.Trim() ?? "", StartsAt = startsAt, EndsAt = endsAt,
        VenueFacilityId = r.VenueFacilityId, Venue = r.VenueFacilityId is null ? r.Venue!.Trim() : "(awaiting the Booking service)",
        Town = r.VenueFacilityId is null ? r.Town! : "", Capacity = r.Capacity!.Value, RegistrationOpens = opens, RegistrationCloses = closes,
        Audience = r.Audience, InvitationCode = r.InvitationCode?.Trim(), OrganizerId = user.UserId()!.Value,
        OrganizerAssociationId = user.IsStaff() ? null : r.OrganizerAssociationId, CreatedAt = now,
    };

    public static List<Session> ToSessions(this EventRequest r, PlatformEvent e) => (r.Sessions ?? []).Select(s => new Session
    {
        EventId = e.Id, Title = s.Title!.Trim(), StartsAt = Copenhagen.ToInstant(s.Start!.Value) ?? e.StartsAt,
        EndsAt = Copenhagen.ToInstant(s.End!.Value) ?? e.EndsAt, Capacity = s.Capacity!.Value,
    }).ToList();
}
