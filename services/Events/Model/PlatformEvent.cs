using Frivillighed.Contracts.Booking;
using Frivillighed.Contracts.Events;
using Frivillighed.ServiceDefaults;

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

    // Why a registration is refused now, or null: the event must be published and its registration open, an
    // invited-only event needs the invitation's code.
    public string? WhyNotRegister(DateTimeOffset now) =>
        IsOpenForRegistration(now) ? null
        : Status == EventStatus.Cancelled ? "The event is cancelled."
        : now < RegistrationOpens ? $"Registration opens {Copenhagen.ToLocal(RegistrationOpens):yyyy-MM-dd HH:mm} (Danish time)."
        : $"Registration closed {Copenhagen.ToLocal(RegistrationCloses):yyyy-MM-dd HH:mm} (Danish time).";

    public bool Admits(string? invitationCode) => Audience != Audience.Invited || Secrets.Same(invitationCode, InvitationCode);

    // A new event at an outside address is public at once (the caller adds Published); at a municipal facility it
    // waits for the Booking service, asked with the returned request (the venue saga).
    public VenueBookingRequested? Open(DateTimeOffset now)
    {
        if (VenueFacilityId is not { } facility)
        {
            Status = EventStatus.Published;
            return null;
        }

        Status = EventStatus.AwaitingVenue;
        VenueRequestId = Guid.CreateVersion7();
        return new VenueBookingRequested(VenueRequestId.Value, facility, StartsAt, EndsAt, Title, now);
    }

    public string? WhyNotChange(int? capacity) =>
        Status == EventStatus.Cancelled ? "The event is cancelled."
        : capacity < Registered ? $"{Registered} seats are taken; the capacity cannot be less."
        : null;

    // A staff or organiser change; null leaves a field as it is. SeatsAdded are free for the waiting list.
    public (EventChanged Changed, int SeatsAdded) Change(
        string? title, string? description, DateTimeOffset? registrationOpens, DateTimeOffset? registrationCloses, int? capacity, DateTimeOffset now)
    {
        var changes = new List<string>();
        if (title?.Trim() is { } newTitle && newTitle != Title)
        {
            Title = newTitle;
            changes.Add("title");
        }

        if (description is not null)
        {
            Description = description.Trim();
            changes.Add("description");
        }

        if (registrationOpens is { } opens)
        {
            RegistrationOpens = opens;
            changes.Add("registration opens");
        }

        if (registrationCloses is { } closes)
        {
            RegistrationCloses = closes;
            changes.Add("registration closes");
        }

        var added = 0;
        if (capacity is { } seats && seats != Capacity)
        {
            added = Math.Max(0, seats - Capacity);
            Capacity = seats;
            changes.Add($"capacity {seats}");
        }

        return (new EventChanged(Id, Title, StartsAt, EndsAt, Capacity, string.Join(", ", changes), now), added);
    }

    public string? WhyNotCancel() => Status == EventStatus.Cancelled ? "The event is already cancelled." : null;

    // Cancelling releases the venue: at once if it is booked (Release), or when the Booking service's answer comes.
    public (EventCancelled Cancelled, VenueReleaseRequested? Release) Cancel(string reason, int registrations, DateTimeOffset now)
    {
        Status = EventStatus.Cancelled;
        StatusReason = reason.Trim();
        var release = VenueBookingId is { } booking
            ? new VenueReleaseRequested(VenueRequestId!.Value, booking, $"{Title} was cancelled: {StatusReason}", now)
            : null;
        return (new EventCancelled(Id, Title, StatusReason, registrations, now), release);
    }

    // The Booking service booked the venue: an event waiting for it is published there; one cancelled meanwhile
    // gives the booking back (no orphan booking). A reply for an event that has moved on changes nothing.
    public (EventPublished? Published, VenueReleaseRequested? Release) OnVenueBooked(VenueBooked reply, DateTimeOffset now)
    {
        if (Status == EventStatus.Cancelled)
        {
            return (null, new VenueReleaseRequested(reply.RequestId, reply.BookingId, $"{Title} was cancelled before its venue was confirmed.", now));
        }

        if (Status != EventStatus.AwaitingVenue)
        {
            return (null, null);
        }

        Status = EventStatus.Published;
        VenueBookingId = reply.BookingId;
        Venue = $"{reply.FacilityName}, {reply.Address}";
        Town = reply.Town;
        StatusReason = null;
        return (Published(now), null);
    }

    public void OnVenueRejected(string reason)
    {
        if (Status == EventStatus.AwaitingVenue)
        {
            Status = EventStatus.VenueRejected;
            StatusReason = reason;
        }
    }

    // The integration event that makes it public, made here so that the API and the venue saga say the same.
    public EventPublished Published(DateTimeOffset now) =>
        new(Id, Kind.ToString(), Title, StartsAt, EndsAt, Venue, Town, Capacity, Audience.ToString(), now);
}
