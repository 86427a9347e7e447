using Frivillighed.Contracts.Events;
using Frivillighed.ServiceDefaults;

namespace Frivillighed.Events.Model;

// One participant: confirmed (holding a seat), waiting (in the order of QueueNumber) or cancelled. The personal
// link to cancel carries a secret whose hash is kept here. Personal data is removed some days after the event.
public sealed class Registration
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid EventId { get; init; }
    public string Name { get; set; } = "";
    public string Email { get; set; } = "";
    public Guid? AssociationId { get; init; }
    public string? Dietary { get; set; }
    public string? Accessibility { get; set; }
    public List<Guid> SessionIds { get; set; } = [];
    public RegistrationStatus Status { get; set; }
    public DateTimeOffset RegisteredAt { get; init; }
    // Place in the event's waiting list, drawn under the event's row lock: the order in which waiting registrations commit.
    public long? QueueNumber { get; set; }
    public DateTimeOffset? PromotedAt { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
    public string? CancelTokenHash { get; set; }
    public DateTimeOffset? CheckedInAt { get; set; }
    public bool Anonymised { get; set; }
    public uint Version { get; set; }

    public string? WhyNotCancel() => Status == RegistrationStatus.Cancelled ? $"The registration was already cancelled on {CancelledAt:yyyy-MM-dd}." : null;

    // A confirmed registration's seat is freed (SeatFreed): the caller gives it back, and the event moves the
    // waiting list up once (WaitingListPromoter).
    public RegistrationCancelled Cancel(DateTimeOffset now)
    {
        var freed = Status == RegistrationStatus.Confirmed;
        Status = RegistrationStatus.Cancelled;
        CancelledAt = now;
        return new RegistrationCancelled(Id, EventId, freed, now);
    }

    public string? WhyNotCheckIn() =>
        CheckedInAt is { } at ? $"Already checked in at {Copenhagen.ToLocal(at):HH:mm}."
        : Status != RegistrationStatus.Confirmed ? $"The registration is {Status}, not confirmed."
        : null;

    public void CheckIn(DateTimeOffset now) => CheckedInAt = now;

    public RegistrationConfirmed Confirmed(DateTimeOffset now) => new(Id, EventId, AssociationId, now);

    // What the participant's mail says: the event, the personal link, and the place on the waiting list if waiting.
    public ParticipantRegistered Registered(PlatformEvent e, string cancelLink, int? waitingPosition, DateTimeOffset now) =>
        new(Id, EventId, Name, Email, cancelLink, waitingPosition, e.Title, e.StartsAt, e.EndsAt, e.Venue, e.Town, now);

    // A seat freed (by freedBy's cancellation, or added capacity when null): the first waiting moves up, keeping
    // the chosen sessions that still have room.
    public WaitingListPromoted Promote(List<Guid> keptSessions, Guid? freedBy, DateTimeOffset now)
    {
        SessionIds = keptSessions;
        Status = RegistrationStatus.Confirmed;
        PromotedAt = now;
        return new WaitingListPromoted(Id, EventId, freedBy, now);
    }
}
