using Frivillighed.Contracts.Booking;
using Frivillighed.Events.Model;

namespace Frivillighed.Events.Tests;

// The event's own rules, without a database: opening, changes, cancellation and the venue saga's replies.
public class PlatformEventTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 11, 0, 0, TimeSpan.Zero);

    private static PlatformEvent NewEvent(Guid? facility = null) => new()
    {
        Kind = EventKind.DialogueMeeting, Title = "Dialogmøde om frivillighed", Description = "", StartsAt = Now.AddDays(10), EndsAt = Now.AddDays(10).AddHours(2),
        VenueFacilityId = facility, Venue = facility is null ? "Rådhuset" : "(awaiting the Booking service)", Town = facility is null ? "Faxe" : "",
        Capacity = 40, RegistrationOpens = Now, RegistrationCloses = Now.AddDays(10), CreatedAt = Now,
    };

    [Fact]
    public void AnEventAtAnOutsideAddress_IsPublishedAtOnce()
    {
        var e = NewEvent();

        Assert.Null(e.Open(Now));
        Assert.Equal(EventStatus.Published, e.Status);
        Assert.True(e.IsOpenForRegistration(Now));
    }

    [Fact]
    public void AnEventAtAFacility_AsksTheBookingServiceAndWaits()
    {
        var facility = Guid.NewGuid();
        var e = NewEvent(facility);

        var request = e.Open(Now);

        Assert.NotNull(request);
        Assert.Equal(EventStatus.AwaitingVenue, e.Status);
        Assert.Equal((e.VenueRequestId!.Value, facility, e.StartsAt, e.EndsAt), (request.RequestId, request.FacilityId, request.StartsAt, request.EndsAt));
        Assert.False(e.IsOpenForRegistration(Now));
    }

    [Fact]
    public void VenueBooked_PublishesTheWaitingEventAtTheFacility()
    {
        var e = NewEvent(Guid.NewGuid());
        var request = e.Open(Now)!;
        var bookingId = Guid.NewGuid();

        var (published, release) = e.OnVenueBooked(Booked(request.RequestId, bookingId), Now);

        Assert.Null(release);
        Assert.NotNull(published);
        Assert.Equal((EventStatus.Published, bookingId, "Haslev Hallerne, Jernbanegade 1", "Haslev"), (e.Status, e.VenueBookingId, e.Venue, e.Town));
        Assert.Equal(e.Venue, published.Venue);
    }

    [Fact]
    public void VenueBooked_AfterTheEventWasCancelled_GivesTheBookingBack()
    {
        var e = NewEvent(Guid.NewGuid());
        var request = e.Open(Now)!;
        var (_, releaseOnCancel) = e.Cancel("Aflyst", 0, Now);
        var bookingId = Guid.NewGuid();

        var (published, release) = e.OnVenueBooked(Booked(request.RequestId, bookingId), Now);

        Assert.Null(releaseOnCancel);
        Assert.Null(published);
        Assert.Equal((request.RequestId, bookingId), (release!.RequestId, release.BookingId));
        Assert.Equal(EventStatus.Cancelled, e.Status);
    }

    [Fact]
    public void VenueBooked_ForAnEventThatMovedOn_ChangesNothing()
    {
        var e = NewEvent(Guid.NewGuid());
        var request = e.Open(Now)!;
        e.OnVenueRejected("Hallen er lukket.");

        var (published, release) = e.OnVenueBooked(Booked(request.RequestId, Guid.NewGuid()), Now);

        Assert.Equal((null, null), (published, release));
        Assert.Equal((EventStatus.VenueRejected, "Hallen er lukket."), (e.Status, e.StatusReason));
    }

    [Fact]
    public void VenueRejected_OnlyForAnEventStillWaiting()
    {
        var e = NewEvent();
        e.Open(Now);

        e.OnVenueRejected("Hallen er lukket.");

        Assert.Equal(EventStatus.Published, e.Status);
        Assert.Null(e.StatusReason);
    }

    [Fact]
    public void CancellingABookedEvent_ReleasesItsVenue_AndNamesTheReason()
    {
        var e = NewEvent(Guid.NewGuid());
        var request = e.Open(Now)!;
        e.OnVenueBooked(Booked(request.RequestId, Guid.NewGuid()), Now);

        var (cancelled, release) = e.Cancel("  Sygdom  ", 12, Now);

        Assert.Equal(("Sygdom", 12), (cancelled.Reason, cancelled.Registrations));
        Assert.Equal(e.VenueBookingId, release!.BookingId);
        Assert.Equal("The event is already cancelled.", e.WhyNotCancel());
        Assert.Equal("The event is cancelled.", e.WhyNotChange(null));
        Assert.Equal("The event is cancelled.", e.WhyNotRegister(Now));
    }

    [Fact]
    public void Change_NamesWhatChanged_AndCountsTheSeatsAdded()
    {
        var e = NewEvent();
        e.Open(Now);

        var (changed, added) = e.Change(" Nyt navn ", null, null, Now.AddDays(9), 50, Now);

        Assert.Equal(("Nyt navn", 50, Now.AddDays(9)), (e.Title, e.Capacity, e.RegistrationCloses));
        Assert.Equal("title, registration closes, capacity 50", changed.Change);
        Assert.Equal(10, added);
        Assert.Equal(0, e.Change(null, null, null, null, 30, Now).SeatsAdded);
    }

    [Fact]
    public void Registration_OpensAndClosesAtItsTimes_InDanishTime()
    {
        var e = NewEvent();
        e.RegistrationOpens = Now.AddDays(1);
        e.Open(Now);

        Assert.Equal("Registration opens 2026-12-03 12:00 (Danish time).", e.WhyNotRegister(Now));
        Assert.Null(e.WhyNotRegister(Now.AddDays(2)));
        Assert.Equal("Registration closed 2026-12-12 12:00 (Danish time).", e.WhyNotRegister(Now.AddDays(10)));
    }

    [Theory]
    [InlineData(Audience.Public, null, true)]
    [InlineData(Audience.Invited, null, false)]
    [InlineData(Audience.Invited, "forkert", false)]
    [InlineData(Audience.Invited, "HASLEV2027", true)]
    public void AnInvitedEvent_AdmitsOnlyWithTheCode(Audience audience, string? code, bool admitted)
    {
        var e = NewEvent();
        e.Audience = audience;
        e.InvitationCode = audience == Audience.Invited ? "HASLEV2027" : null;

        Assert.Equal(admitted, e.Admits(code));
    }

    private static VenueBooked Booked(Guid requestId, Guid bookingId) =>
        new(requestId, bookingId, Guid.NewGuid(), "Haslev Hallerne", "Haslev", "Jernbanegade 1", Now);
}
