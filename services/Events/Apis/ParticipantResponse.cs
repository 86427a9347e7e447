using Frivillighed.Events.Model;

namespace Frivillighed.Events.Apis;

// The check-in list, for staff and the organiser.
public sealed record ParticipantResponse(
    Guid Id, string Name, string Email, Guid? AssociationId, string? Dietary, string? Accessibility, List<Guid> Sessions,
    RegistrationStatus Status, DateTimeOffset RegisteredAt, DateTimeOffset? CheckedInAt);
