using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Frivillighed.Contracts.Booking;
using Frivillighed.TestSupport;

namespace Frivillighed.Booking.Tests;

// Faxe rule 3.8 with a fake clock: bookings are made ahead, then the clock moves past them.
public class AttendanceTests(TestDatabase database) : ApiTests<BookingApiFactory>(database)
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
    public async Task ThreeNoShowsInARow_SuspendTheBookingRight_UntilStaffLiftIt()
    {
        var bookings = await BookWeeksAsync(3);
        Factory.Clock.Advance(TimeSpan.FromDays(30));

        foreach (var id in bookings)
        {
            Assert.Equal(HttpStatusCode.OK, (await world.Staff.PostAsJsonAsync($"/api/bookings/{id}/attendance", new { attendance = "NoShow" })).StatusCode);
        }

        var right = await representative.GetFromJsonAsync<JsonElement>($"/api/bookings/associations/{association}/booking-right");
        Assert.True(right.GetProperty("suspended").GetBoolean());
        Assert.Equal(1, await Database.ScalarAsync<long>(
            $"SELECT count(*) FROM outbox_messages WHERE message_type = '{typeof(BookingRightSuspended).FullName}' AND payload->>'associationId' = '{association}'"));
        var refused = await representative.PostAsJsonAsync("/api/bookings", BookingWorld.Booking(facility, association, world.Next(DayOfWeek.Monday)));
        Assert.Contains("3 no-shows in a row", (await HttpAssert.ProblemAsync(refused, HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString());
        var suspended = await world.Staff.GetFromJsonAsync<JsonElement>("/api/bookings/booking-rights/suspended");
        var listed = Assert.Single(suspended.EnumerateArray(), r => r.GetProperty("associationId").GetGuid() == association);
        Assert.Equal(3, listed.GetProperty("consecutiveNoShows").GetInt32());
        await HttpAssert.ProblemAsync(await representative.GetAsync("/api/bookings/booking-rights/suspended"), HttpStatusCode.Forbidden);

        var lifted = await world.Staff.PostAsJsonAsync($"/api/bookings/associations/{association}/booking-right/lift", new { reason = "Samtale med formanden" });

        Assert.Equal(HttpStatusCode.OK, lifted.StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await representative.PostAsJsonAsync("/api/bookings",
            BookingWorld.Booking(facility, association, world.Next(DayOfWeek.Monday)))).StatusCode);
        Assert.DoesNotContain((await world.Staff.GetFromJsonAsync<JsonElement>("/api/bookings/booking-rights/suspended")).EnumerateArray(),
            r => r.GetProperty("associationId").GetGuid() == association);
    }

    [Fact]
    public async Task AnAttendedBooking_BreaksTheRow()
    {
        var bookings = await BookWeeksAsync(4);
        Factory.Clock.Advance(TimeSpan.FromDays(40));

        foreach (var (id, attendance) in bookings.Zip(["NoShow", "NoShow", "Attended", "NoShow"]))
        {
            await world.Staff.PostAsJsonAsync($"/api/bookings/{id}/attendance", new { attendance });
        }

        var right = await representative.GetFromJsonAsync<JsonElement>($"/api/bookings/associations/{association}/booking-right");
        Assert.False(right.GetProperty("suspended").GetBoolean());
        Assert.Equal(1, right.GetProperty("consecutiveNoShows").GetInt32());
    }

    [Fact]
    public async Task Attendance_BeforeTheBookingBegins_Is409_TwiceIs409_ByARepresentativeIs403()
    {
        var id = (await BookWeeksAsync(1)).Single();

        var early = await world.Staff.PostAsJsonAsync($"/api/bookings/{id}/attendance", new { attendance = "NoShow" });
        Factory.Clock.Advance(TimeSpan.FromDays(20));
        var byRepresentative = await representative.PostAsJsonAsync($"/api/bookings/{id}/attendance", new { attendance = "Attended" });
        await world.Staff.PostAsJsonAsync($"/api/bookings/{id}/attendance", new { attendance = "Attended" });
        var twice = await world.Staff.PostAsJsonAsync($"/api/bookings/{id}/attendance", new { attendance = "NoShow" });

        await HttpAssert.ProblemAsync(early, HttpStatusCode.Conflict);
        await HttpAssert.ProblemAsync(byRepresentative, HttpStatusCode.Forbidden);
        await HttpAssert.ProblemAsync(twice, HttpStatusCode.Conflict);
        Assert.Equal("Attended", await Database.ScalarAsync<string>($"SELECT attendance FROM bookings WHERE id = '{id}'"));
    }

    // Staff's week view: who booked the facility, from–to; not for representatives, and a range the API cannot read is a 400.
    [Fact]
    public async Task FacilityBookings_ListWhoBookedWhenForStaff_Only()
    {
        var ids = await BookWeeksAsync(2);
        var first = world.Next(DayOfWeek.Wednesday, 1);

        var week = await world.Staff.GetFromJsonAsync<JsonElement>($"/api/facilities/{facility}/bookings?from={first:yyyy-MM-dd}&to={first.AddDays(6):yyyy-MM-dd}");
        var listed = Assert.Single(week.EnumerateArray());
        Assert.Equal(ids[0], listed.GetProperty("id").GetGuid());
        Assert.Equal(association, listed.GetProperty("associationId").GetGuid());
        Assert.Equal(2, (await world.Staff.GetFromJsonAsync<JsonElement>($"/api/facilities/{facility}/bookings?from={first:yyyy-MM-dd}&to={first.AddDays(7):yyyy-MM-dd}")).GetArrayLength());

        await HttpAssert.ProblemAsync(await representative.GetAsync($"/api/facilities/{facility}/bookings?from={first:yyyy-MM-dd}&to={first:yyyy-MM-dd}"), HttpStatusCode.Forbidden);
        await HttpAssert.ProblemAsync(await world.Staff.GetAsync($"/api/facilities/{facility}/bookings?from={first:yyyy-MM-dd}&to={first.AddDays(90):yyyy-MM-dd}"), HttpStatusCode.BadRequest);
        await HttpAssert.ProblemAsync(await world.Staff.GetAsync($"/api/facilities/{Guid.NewGuid()}/bookings?from={first:yyyy-MM-dd}&to={first:yyyy-MM-dd}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Lift_WhenNotSuspended_Is409()
    {
        var response = await world.Staff.PostAsJsonAsync($"/api/bookings/associations/{association}/booking-right/lift", new { reason = "?" });

        await HttpAssert.ProblemAsync(response, HttpStatusCode.Conflict);
    }

    private async Task<List<Guid>> BookWeeksAsync(int weeks)
    {
        var ids = new List<Guid>();
        for (var week = 0; week < weeks; week++)
        {
            var response = await representative.PostAsJsonAsync("/api/bookings",
                BookingWorld.Booking(facility, association, world.Next(DayOfWeek.Wednesday, 1).AddDays(7 * week)));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            ids.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        }

        return ids;
    }
}
