using Frivillighed.Contracts.Events;

namespace Frivillighed.Events.Model;

// A conference, dialogue meeting, course or fair. ("Event" alone would clash with System.Diagnostics.Tracing.)
// Its status is also the venue saga's state: an event at a municipal facility waits (AwaitingVenue) until the
// Booking service has booked it, and is published only then. Registered never exceeds Capacity (CHECK, and
// seats are taken with a conditional update).
public sealed class PlatformEvent
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public EventKind Kind { get; set; }
    public required string Title { get; set; }
    public required string Description { get; set; }
    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }

    // The venue: a facility booked through the Booking service, or an outside address.
    public Guid? VenueFacilityId { get; init; }
    public required string Venue { get; set; }
    public required string Town { get; set; }
    public int Capacity { get; set; }
    public int Registered { get; init; }
    // The last waiting-list number handed out (Seats.TakeQueueNumberAsync).
    public long QueueNumbersIssued { get; init; }
    public DateTimeOffset RegistrationOpens { get; set; }
    public DateTimeOffset RegistrationCloses { get; set; }
    public Audience Audience { get; set; }

    // For Audience.Invited: the code the invitation carries.
    public string? InvitationCode { get; set; }
    public EventStatus Status { get; set; }
    public Guid? VenueRequestId { get; set; }
    public Guid? VenueBookingId { get; set; }
    public string? StatusReason { get; set; }
    public Guid OrganizerId { get; init; }
    public Guid? OrganizerAssociationId { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public bool ParticipantDataRemoved { get; set; }

    // PostgreSQL's xmin: the saga's steps and staff changes never overwrite each other.
    public uint Version { get; set; }

    public bool IsOpenForRegistration(DateTimeOffset now) => Status == EventStatus.Published && RegistrationOpens <= now && now < RegistrationCloses;

    // The integration event that makes it public, made here so that the API and the venue saga say the same.
    public EventPublished Published(DateTimeOffset now) =>
        new(Id, Kind.ToString(), Title, StartsAt, EndsAt, Venue, Town, Capacity, Audience.ToString(), now);
}
