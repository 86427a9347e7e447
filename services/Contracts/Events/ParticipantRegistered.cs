namespace Frivillighed.Contracts.Events;

// Someone registered for an event: what the confirmation (or waiting-list) mail needs, for the Notifications
// service only. CancelLink is the personal link with its secret (the Events service keeps only its hash);
// WaitingPosition is the place on the waiting list at the moment of registration (null: a seat was taken).
public sealed record ParticipantRegistered(
    Guid RegistrationId,
    Guid EventId,
    string Name,
    string Email,
    string CancelLink,
    int? WaitingPosition,
    string Title,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string Venue,
    string Town,
    DateTimeOffset OccurredAt);
