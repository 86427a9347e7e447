using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Frivillighed.Contracts.Associations;
using Frivillighed.Contracts.Booking;
using Frivillighed.TestSupport;
using Ical.Net;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Frivillighed.Booking.Tests;

public class FacilitiesApiTests(TestDatabase database) : ApiTests<BookingApiFactory>(database)
{
    private BookingWorld world = null!;
    private Guid facility;
    private Guid association;
    private HttpClient representative = null!;

    public override async Task InitializeAsync()
    {
        world = new BookingWorld(Factory, Database);
        facility = await world.NewFacilityAsync($"Hal {Guid.NewGuid():N}"[..12]);
        (association, representative) = await world.NewAssociationAsync();
    }

    [Fact]
    public async Task ManageFacilities_StaffOnly_WithClearAnswersToBadInput()
    {
        var byRepresentative = await representative.PostAsJsonAsync("/api/facilities", BookingWorld.FacilityBody());
        var bad = await world.Staff.PostAsJsonAsync("/api/facilities", new { name = "", kind = "Hall", town = "Roskilde", capacity = 0 });
        var update = await world.Staff.PutAsJsonAsync($"/api/facilities/{facility}", BookingWorld.FacilityBody("Haslev Hallerne, hal 1 (renoveret)", capacity: 320));

        await HttpAssert.ProblemAsync(byRepresentative, HttpStatusCode.Forbidden);
        var problem = await HttpAssert.ProblemAsync(bad, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("Town", out _));
        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        Assert.Equal(320, await Database.ScalarAsync<int>($"SELECT capacity FROM facilities WHERE id = '{facility}'"));
    }

    // The public list's filters: room for N people, wheelchair access, hearing loop (every test facility has
    // wheelchair access and no hearing loop).
    [Fact]
    public async Task ListFacilities_FiltersByCapacityAndAccessibility()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var small = await world.Staff.PostAsJsonAsync("/api/facilities", BookingWorld.FacilityBody($"Lille mødelokale {tag}", capacity: 12, kind: "MeetingRoom", town: "Terslev"));
        var large = await world.Staff.PostAsJsonAsync("/api/facilities", BookingWorld.FacilityBody($"Stor hal {tag}", capacity: 400, town: "Terslev"));
        Assert.Equal(HttpStatusCode.Created, small.StatusCode);
        Assert.Equal(HttpStatusCode.Created, large.StatusCode);
        var anonymous = Factory.CreateClient();

        var forFifty = Names(await anonymous.GetFromJsonAsync<JsonElement>("/api/facilities?town=Terslev&people=50"));
        var wheelchair = Names(await anonymous.GetFromJsonAsync<JsonElement>("/api/facilities?town=Terslev&wheelchairAccess=true"));
        var hearingLoop = Names(await anonymous.GetFromJsonAsync<JsonElement>("/api/facilities?town=Terslev&hearingLoop=true"));

        Assert.Contains($"Stor hal {tag}", forFifty);
        Assert.DoesNotContain($"Lille mødelokale {tag}", forFifty);
        Assert.Contains($"Lille mødelokale {tag}", wheelchair);
        Assert.DoesNotContain($"Stor hal {tag}", hearingLoop);
    }

    private static List<string?> Names(JsonElement facilities) => [.. facilities.EnumerateArray().Select(f => f.GetProperty("name").GetString())];

    [Fact]
    public async Task Availability_ShowsBusyAndFreeParts_WithoutNames()
    {
        var date = world.Next(DayOfWeek.Monday);
        await representative.PostAsJsonAsync("/api/bookings", BookingWorld.Booking(facility, association, date, "17:00", "19:00", "Hemmelig træning"));

        var response = await Factory.CreateClient().GetAsync($"/api/facilities/{facility}/availability?date={date:yyyy-MM-dd}&days=7");

        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Hemmelig", text);
        var days = JsonDocument.Parse(text).RootElement;
        Assert.Equal(7, days.GetArrayLength());
        var monday = days[0];
        Assert.Equal("17:00:00", Assert.Single(monday.GetProperty("busy").EnumerateArray()).GetProperty("from").GetString());
        Assert.Equal(["07:00:00-17:00:00", "19:00:00-22:00:00"],
            monday.GetProperty("free").EnumerateArray().Select(f => $"{f.GetProperty("from").GetString()}-{f.GetProperty("to").GetString()}"));
        Assert.Equal(HttpStatusCode.BadRequest, (await Factory.CreateClient().GetAsync($"/api/facilities/{facility}/availability?days=99")).StatusCode);
    }

    [Fact]
    public async Task FindAvailable_LeavesOutBookedClosedTooSmallAndOtherKinds()
    {
        var date = world.Next(DayOfWeek.Tuesday, 3);
        var town = "Karise";
        var free = await world.NewFacilityAsync("Karise Hal A", 100, town: town);
        var booked = await world.NewFacilityAsync("Karise Hal B", 100, town: town);
        var small = await world.NewFacilityAsync("Karise Hal C", 10, town: town);
        var closed = await world.NewFacilityAsync("Karise Hal D", 100, town: town);
        var room = await world.NewFacilityAsync("Karise Lokale", 100, kind: "Room", town: town);
        await world.Staff.PostAsJsonAsync("/api/bookings", BookingWorld.Booking(booked, null, date, "18:30", "19:30"));
        await world.Staff.PostAsJsonAsync($"/api/facilities/{closed}/closed-periods", new { from = date.ToString("yyyy-MM-dd"), to = date.ToString("yyyy-MM-dd"), reason = "Maling" });

        var found = await Factory.CreateClient().GetFromJsonAsync<JsonElement>(
            $"/api/facilities/available?date={date:yyyy-MM-dd}&from=18:00&to=20:00&kind=Hall&town={town}&people=50");

        Assert.Equal([free], found.EnumerateArray().Select(f => f.GetProperty("id").GetGuid()));
        Assert.DoesNotContain(room, found.EnumerateArray().Select(f => f.GetProperty("id").GetGuid()));
        Assert.DoesNotContain(small, found.EnumerateArray().Select(f => f.GetProperty("id").GetGuid()));
    }

    [Fact]
    public async Task CalendarFeeds_ParseAsICalendar_FacilityShowsBusyOnly_AssociationShowsItsBookings()
    {
        var date = world.Next(DayOfWeek.Wednesday);
        var booked = await (await representative.PostAsJsonAsync("/api/bookings", BookingWorld.Booking(facility, association, date, "17:00", "19:00", "U13 håndbold")))
            .Content.ReadFromJsonAsync<JsonElement>();
        var cancelled = await (await representative.PostAsJsonAsync("/api/bookings", BookingWorld.Booking(facility, association, date, "19:00", "21:00", "Generalforsamling")))
            .Content.ReadFromJsonAsync<JsonElement>();
        await representative.PostAsJsonAsync($"/api/bookings/{cancelled.GetProperty("id").GetGuid()}/cancel", new { });

        var facilityFeed = await Factory.CreateClient().GetAsync($"/api/facilities/{facility}/calendar.ics");
        var associationFeed = await representative.GetAsync($"/api/bookings/associations/{association}/calendar.ics");
        var anonymousAssociationFeed = await Factory.CreateClient().GetAsync($"/api/bookings/associations/{association}/calendar.ics");

        Assert.Equal("text/calendar", facilityFeed.Content.Headers.ContentType?.MediaType);
        var publicCalendar = Calendar.Load(await facilityFeed.Content.ReadAsStringAsync())!;
        var busy = Assert.Single(publicCalendar.Events);
        Assert.Equal("Optaget", busy.Summary);
        Assert.Equal(booked.GetProperty("startsAt").GetDateTimeOffset().UtcDateTime, busy.Start!.AsUtc);
        Assert.DoesNotContain("U13", await facilityFeed.Content.ReadAsStringAsync());

        var own = Calendar.Load(await associationFeed.Content.ReadAsStringAsync())!;
        Assert.Equal(2, own.Events.Count);
        Assert.Contains(own.Events, e => e.Summary!.StartsWith("U13 håndbold") && e.Status == "CONFIRMED");
        Assert.Contains(own.Events, e => e.Summary!.StartsWith("Generalforsamling") && e.Status == "CANCELLED");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousAssociationFeed.StatusCode);
    }

    // Calendar apps cannot send a bearer token: the association makes a subscription link with a secret; a new
    // link revokes the old one; without a secret the feed stays closed.
    [Fact]
    public async Task ACalendarSubscriptionLink_OpensTheFeedWithoutAToken_UntilReplaced()
    {
        await representative.PostAsJsonAsync("/api/bookings", BookingWorld.Booking(facility, association, world.Next(DayOfWeek.Thursday), "17:00", "19:00", "Seniorfodbold"));
        var anonymous = Factory.CreateClient();

        var first = (await (await representative.PostAsync($"/api/bookings/associations/{association}/calendar-link", null)).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("url").GetString()!;
        var subscribed = await anonymous.GetAsync(first);
        var second = (await (await representative.PostAsync($"/api/bookings/associations/{association}/calendar-link", null)).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("url").GetString()!;
        var revoked = await anonymous.GetAsync(first);
        var guessed = await anonymous.GetAsync($"/api/bookings/associations/{association}/calendar.ics?token=0123456789");
        var byOutsider = await (await world.NewAssociationAsync(name: "Faxe Skytteforening")).Representative
            .PostAsync($"/api/bookings/associations/{association}/calendar-link", null);

        Assert.Equal(HttpStatusCode.OK, subscribed.StatusCode);
        Assert.Contains(Calendar.Load(await subscribed.Content.ReadAsStringAsync())!.Events, e => e.Summary!.StartsWith("Seniorfodbold"));
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(second)).StatusCode);
        await HttpAssert.ProblemAsync(revoked, HttpStatusCode.Unauthorized);
        await HttpAssert.ProblemAsync(guessed, HttpStatusCode.Unauthorized);
        await HttpAssert.ProblemAsync(byOutsider, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task AWithdrawalOnTheBus_CancelsTheAssociationsFutureBookings_AndSaysSo()
    {
        var (withdrawn, itsRepresentative) = await world.NewAssociationAsync(name: "Dalby Skakklub");
        var response = await itsRepresentative.PostAsJsonAsync("/api/bookings", BookingWorld.Booking(facility, withdrawn, world.Next(DayOfWeek.Friday)));
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        await Factory.Services.GetRequiredService<IBus>().Publish(new AssociationStatusChanged(withdrawn, "Dalby Skakklub", AssociationStatus.Approved,
            AssociationStatus.Withdrawn, "Foreningen er nedlagt", 5, DateTimeOffset.UtcNow));

        await Eventually.Returns(() => Database.ScalarAsync<string>($"SELECT status FROM bookings WHERE id = '{id}'"), s => s == "Cancelled", "the booking cancelled");
        Assert.Contains("Foreningen er nedlagt", await Database.ScalarAsync<string>($"SELECT cancellation_reason FROM bookings WHERE id = '{id}'"));
        Assert.Equal(1, await Database.ScalarAsync<long>(
            $"SELECT count(*) FROM outbox_messages WHERE message_type = '{typeof(BookingCancelled).FullName}' AND payload->>'bookingId' = '{id}'"));
    }
}
