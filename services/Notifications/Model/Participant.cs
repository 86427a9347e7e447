namespace Frivillighed.Notifications.Model;

// A registration as far as its mails need it (ParticipantRegistered, kept up to date by the event's changes):
// the address and personal link for the promotion, change, cancellation and reminder mails. Removed some days
// after the event, like the Events service's own participant data.
public sealed class Participant
{
    public Guid RegistrationId { get; init; }
    public Guid EventId { get; init; }
    public required string Name { get; init; }
    public required string Email { get; init; }
    public required string CancelLink { get; init; }
    public bool Waiting { get; set; }
    public bool Cancelled { get; set; }
    public required string Title { get; set; }
    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }
    public required string Venue { get; init; }
    public required string Town { get; init; }
    public DateTimeOffset? RemindedAt { get; set; }
}
