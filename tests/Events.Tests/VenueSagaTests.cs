extern alias BookingService;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Frivillighed.TestSupport;

namespace Frivillighed.Events.Tests;

// The venue saga against the real Booking service (its own database, the same broker): an event at a facility
// is published only when Booking has booked it.
public class VenueSagaTests : IAsyncLifetime
{
    private readonly TestDatabase eventsDb = new();
    private readonly TestDatabase bookingDb = new();
    private EventsApiFactory events = null!;
    private EventsWorld world = null!;
    private ServiceFactory<BookingService::Program>? booking;
    private Guid facility;

    public async Task InitializeAsync()
    {
        events = new EventsApiFactory(eventsDb);
        world = new EventsWorld(events, eventsDb);
        await world.Anonymous.GetAsync("/api/events"); // starts the Events service (its queues exist from here on)
        booking = new ServiceFactory<BookingService::Program>(bookingDb, "bookingdb");
        var created = await booking.CreateClient(TestTokens.Staff()).PostAsJsonAsync("/api/facilities", new
        {
            name = "Haslev Hallerne, hal 1", kind = "Hall", town = "Haslev", address = "Frederiksgade 42, 4690 Haslev", capacity = 300,
            openingHours = new[] { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" }
                .Select(day => new { day, opens = "07:00", closes = "22:00" }),
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        facility = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public async Task DisposeAsync()
    {
        if (booking is not null)
        {
            await booking.DisposeAsync();
        }

        await events.DisposeAsync();
        await eventsDb.DisposeAsync();
        await bookingDb.DisposeAsync();
    }

    private Task<JsonElement> EventAsync(Guid id) => world.Staff.GetFromJsonAsync<JsonElement>($"/api/events/{id}");

    private Task<JsonElement> StatusIsAsync(Guid id, string status) =>
        Eventually.Returns(() => EventAsync(id), e => e.GetProperty("status").GetString() == status, $"the event {status}");

    [Fact]
    public async Task VenueConfirmed_TheEventIsPublishedAtTheFacility_AndTheBookingExists()
    {
        var id = await world.NewEventAsync(EventsWorld.Body(facility: facility));
        Assert.Equal("AwaitingVenue", (await EventAsync(id)).GetProperty("status").GetString());
        await HttpAssert.ProblemAsync(await world.Anonymous.GetAsync($"/api/events/{id}"), HttpStatusCode.NotFound);

        var published = await StatusIsAsync(id, "Published");

        Assert.StartsWith("Haslev Hallerne, hal 1", published.GetProperty("venue").GetString());
        Assert.Equal("Haslev", published.GetProperty("town").GetString());
        Assert.Equal(1, await bookingDb.ScalarAsync<long>($"SELECT count(*) FROM bookings WHERE facility_id = '{facility}' AND status = 'Confirmed'"));
        Assert.Equal(HttpStatusCode.Created, (await world.Anonymous.PostAsJsonAsync($"/api/events/{id}/registrations", EventsWorld.Participant(1))).StatusCode);
    }

    [Fact]
    public async Task VenueRejected_TheOrganiserSeesWhy_AndNothingIsPublished()
    {
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(21);
        await booking!.CreateClient(TestTokens.Staff()).PostAsJsonAsync("/api/bookings", new
        {
            facilityId = facility, date = day.ToString("yyyy-MM-dd"), start = "18:00", end = "20:00", activity = "Håndboldkamp",
        });

        var id = await world.NewEventAsync(EventsWorld.Body(facility: facility));
        var rejected = await StatusIsAsync(id, "VenueRejected");

        Assert.Contains("already booked", rejected.GetProperty("statusReason").GetString());
        Assert.Equal(0, await eventsDb.ScalarAsync<long>(
            $"SELECT count(*) FROM outbox_messages WHERE message_type = 'Frivillighed.Contracts.Events.EventPublished' AND payload->>'eventId' = '{id}'"));
    }

    [Fact]
    public async Task BookingDownForAWhile_TheEventWaits_ThenIsPublishedWhenBookingIsBack()
    {
        await booking!.DisposeAsync();
        booking = null;

        var id = await world.NewEventAsync(EventsWorld.Body(facility: facility));
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal("AwaitingVenue", (await EventAsync(id)).GetProperty("status").GetString());
        var waiting = await world.Staff.GetFromJsonAsync<JsonElement>("/api/events/all?status=AwaitingVenue");
        Assert.Contains(waiting.EnumerateArray(), e => e.GetProperty("id").GetGuid() == id);
        Assert.DoesNotContain((await world.Anonymous.GetFromJsonAsync<JsonElement>("/api/events")).EnumerateArray(), e => e.GetProperty("id").GetGuid() == id);
        booking = new ServiceFactory<BookingService::Program>(bookingDb, "bookingdb");
        await booking.CreateClient().GetAsync("/api/facilities");

        await StatusIsAsync(id, "Published");
        Assert.Equal(1, await bookingDb.ScalarAsync<long>($"SELECT count(*) FROM bookings WHERE facility_id = '{facility}' AND status = 'Confirmed'"));
    }

    // Cancelled while Booking was away: when Booking comes back and books, the booking is released at once.
    [Fact]
    public async Task CancelledBeforeTheVenueWasConfirmed_LeavesNoOrphanBooking()
    {
        await booking!.DisposeAsync();
        booking = null;
        var id = await world.NewEventAsync(EventsWorld.Body(facility: facility));
        Assert.Equal(HttpStatusCode.OK, (await world.Staff.PostAsJsonAsync($"/api/events/{id}/cancel", new { reason = "Taleren er syg" })).StatusCode);

        booking = new ServiceFactory<BookingService::Program>(bookingDb, "bookingdb");
        await booking.CreateClient().GetAsync("/api/facilities");

        await Eventually.Returns(() => bookingDb.ScalarAsync<long>($"SELECT count(*) FROM bookings WHERE facility_id = '{facility}' AND status = 'Cancelled'"),
            n => n == 1, "the venue booked and released");
        Assert.Equal(0, await bookingDb.ScalarAsync<long>($"SELECT count(*) FROM bookings WHERE facility_id = '{facility}' AND status = 'Confirmed'"));
        Assert.Equal("Cancelled", (await EventAsync(id)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task CancellingAPublishedEvent_ReleasesItsVenue()
    {
        var id = await world.NewEventAsync(EventsWorld.Body(facility: facility));
        await StatusIsAsync(id, "Published");

        await world.Staff.PostAsJsonAsync($"/api/events/{id}/cancel", new { reason = "For få tilmeldte" });

        await Eventually.Returns(() => bookingDb.ScalarAsync<string>($"SELECT status FROM bookings WHERE facility_id = '{facility}'"),
            s => s == "Cancelled", "the venue released");
    }
}
