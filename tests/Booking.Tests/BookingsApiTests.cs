using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Frivillighed.Contracts.Booking;
using Frivillighed.TestSupport;

namespace Frivillighed.Booking.Tests;

public class BookingsApiTests(TestDatabase database) : ApiTests<BookingApiFactory>(database)
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
    public async Task Book_ByARepresentative_Returns201Free_StoresTheRow_AndCommitsBookingConfirmed()
    {
        var date = world.Next(DayOfWeek.Tuesday);

        var response = await representative.PostAsJsonAsync("/api/bookings", BookingWorld.Booking(facility, association, date));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var booking = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = booking.GetProperty("id").GetGuid();
        Assert.Equal(0m, booking.GetProperty("price").GetDecimal());
        Assert.Equal("18:00:00", booking.GetProperty("start").GetString());
        Assert.Equal($"/api/bookings/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("Confirmed", await Database.ScalarAsync<string>($"SELECT status FROM bookings WHERE id = '{id}'"));
        Assert.Equal(1, await Database.ScalarAsync<long>(
            $"SELECT count(*) FROM outbox_messages WHERE message_type = '{typeof(BookingConfirmed).FullName}' AND payload->>'bookingId' = '{id}'"));
    }

    [Fact]
    public async Task Book_AnOverlappingTime_Returns409NamingTheBookedSlot_AndStoresNothing()
    {
        var date = world.Next(DayOfWeek.Wednesday);
        await representative.PostAsJsonAsync("/api/bookings", BookingWorld.Booking(facility, association, date, "17:30", "19:00"));

        var response = await world.Staff.PostAsJsonAsync("/api/bookings", BookingWorld.Booking(facility, null, date, "18:00", "20:00"));

        var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Contains($"already booked on {date:yyyy-MM-dd} from 17:30 to 19:00", problem.GetProperty("detail").GetString());
        var conflict = Assert.Single(problem.GetProperty("conflicts").EnumerateArray());
        Assert.Equal("17:30:00", conflict.GetProperty("start").GetString());
        Assert.Equal(1, await CountAsync($"facility_id = '{facility}'"));
    }

    [Fact]
    public async Task Book_BackToBack_BothSucceed()
    {
        var date = world.Next(DayOfWeek.Thursday);

        var first = await representative.PostAsJsonAsync("/api/bookings", BookingWorld.Booking(facility, association, date, "18:00", "20:00"));
        var second = await representative.PostAsJsonAsync("/api/bookings", BookingWorld.Booking(facility, association, date, "20:00", "22:00"));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
    }

    [Theory]
    [InlineData("06:30", "08:00", "is open 07:00–22:00")]
    [InlineData("18:00", "18:30", "lasts 60–240 minutes")]
    [InlineData("12:00", "17:00", "lasts 60–240 minutes")]
    [InlineData("18:15", "19:45", "whole 30-minute units")]
    public async Task Book_AgainstTheFacilitysRules_Returns422SayingWhich(string start, string end, string expected)
    {
        var response = await representative.PostAsJsonAsync("/api/bookings", BookingWorld.Booking(facility, association, world.Next(DayOfWeek.Monday), start, end));

        var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Contains(expected, problem.GetProperty("detail").GetString());
        Assert.Equal(0, await CountAsync($"facility_id = '{facility}'"));
    }

    [Fact]
    public async Task Book_TooFarAhead_Is422ForARepresentative_ButStaffMay()
    {
        var date = world.Next(DayOfWeek.Monday, weeksAhead: 30);

        var representatives = await representative.PostAsJsonAsync("/api/bookings", BookingWorld.Booking(facility, association, date));
        var staffs = await world.Staff.PostAsJsonAsync("/api/bookings", BookingWorld.Booking(facility, association, date));

        Assert.Contains("at most 180 days ahead", (await HttpAssert.ProblemAsync(representatives, HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Created, staffs.StatusCode);
    }

    [Fact]
    public async Task Book_InAClosedPeriod_Returns422WithTheReason()
    {
        var date = world.Next(DayOfWeek.Friday);
        var closed = await world.Staff.PostAsJsonAsync($"/api/facilities/{facility}/closed-periods",
            new { from = date.AddDays(-1).ToString("yyyy-MM-dd"), to = date.AddDays(1).ToString("yyyy-MM-dd"), reason = "Gulvslibning" });
        Assert.Equal(HttpStatusCode.Created, closed.StatusCode);

        var response = await representative.PostAsJsonAsync("/api/bookings", BookingWorld.Booking(facility, association, date));

        Assert.Contains("Gulvslibning", (await HttpAssert.ProblemAsync(response, HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task AClosedPeriodOverExistingBookings_KeepsThem_AndNamesThemOnTheBus()
    {
        var date = world.Next(DayOfWeek.Thursday, weeksAhead: 3);
        var booked = await representative.PostAsJsonAsync("/api/bookings", BookingWorld.Booking(facility, association, date));
        Assert.Equal(HttpStatusCode.Created, booked.StatusCode);
        var bookingId = (await booked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var closed = await world.Staff.PostAsJsonAsync($"/api/facilities/{facility}/closed-periods",
            new { from = date.ToString("yyyy-MM-dd"), to = date.ToString("yyyy-MM-dd"), reason = "Vandskade" });

        Assert.Equal(HttpStatusCode.Created, closed.StatusCode);
        Assert.Equal(1, (await closed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("bookingsInPeriod").GetInt32());
        Assert.Equal("Confirmed", await Database.ScalarAsync<string>($"SELECT status FROM bookings WHERE id = '{bookingId}'"));
        var payload = await Database.ScalarAsync<string>(
            $"SELECT payload::text FROM outbox_messages WHERE message_type = '{typeof(ClosedPeriodAdded).FullName}' AND payload->>'facilityId' = '{facility}' AND payload->>'reason' = 'Vandskade'");
        Assert.Contains(bookingId.ToString(), payload);
        Assert.Contains(association.ToString(), payload);
    }

    [Theory]
    [InlineData("Suspended", false, "is suspended")]
    [InlineData("Withdrawn", false, "is withdrawn")]
    [InlineData("Rejected", false, "was not approved")]
    [InlineData("Approved", true, "child-safety declaration")]
    public async Task Book_ForAnAssociationThatMayNotBook_Returns422(string status, bool lapsed, string expected)
    {
        var (blocked, itsRepresentative) = await world.NewAssociationAsync(status, lapsed);

        var response = await itsRepresentative.PostAsJsonAsync("/api/bookings", BookingWorld.Booking(facility, blocked, world.Next(DayOfWeek.Monday)));

        Assert.Contains(expected, (await HttpAssert.ProblemAsync(response, HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString());
        Assert.Equal(0, await CountAsync($"association_id = '{blocked}'"));
    }

    [Fact]
    public async Task Book_ForANotYetApprovedAssociation_CostsTheHourlyPrice()
    {
        var (applied, itsRepresentative) = await world.NewAssociationAsync("Applied");

        var response = await itsRepresentative.PostAsJsonAsync("/api/bookings", BookingWorld.Booking(facility, applied, world.Next(DayOfWeek.Monday), "10:00", "11:30"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(450m, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("price").GetDecimal());
    }

    [Fact]
    public async Task Book_ForAnotherAssociation_Returns403_AndACitizenCannotBookForTheMunicipality()
    {
        var (other, _) = await world.NewAssociationAsync(name: "Faxe Ladeplads Sejlklub");
        var date = world.Next(DayOfWeek.Monday);

        var foreign = await representative.PostAsJsonAsync("/api/bookings", BookingWorld.Booking(facility, other, date));
        var municipal = await representative.PostAsJsonAsync("/api/bookings", BookingWorld.Booking(facility, null, date));

        await HttpAssert.ProblemAsync(foreign, HttpStatusCode.Forbidden);
        await HttpAssert.ProblemAsync(municipal, HttpStatusCode.Forbidden);
        Assert.Equal(0, await CountAsync($"facility_id = '{facility}'"));
    }

    [Fact]
    public async Task Book_UnknownFacility_Returns404()
    {
        var response = await representative.PostAsJsonAsync("/api/bookings", BookingWorld.Booking(Guid.NewGuid(), association, world.Next(DayOfWeek.Monday)));

        await HttpAssert.ProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("""{"facilityId":null,"date":"2030-01-01","start":"18:00","end":"20:00","activity":"x"}""", "FacilityId")]
    [InlineData("""{"facilityId":"0a000000-0000-7000-8000-000000000001","date":"2030-01-01","start":"20:00","end":"18:00","activity":"x"}""", "End")]
    [InlineData("""{"facilityId":"0a000000-0000-7000-8000-000000000001","date":"2030-01-01","start":"18:00","end":"20:00","activity":""}""", "Activity")]
    [InlineData("""{"facilityId":"0a000000-0000-7000-8000-000000000001","date":"someday","start":"18:00","end":"20:00","activity":"x"}""", null)]
    [InlineData("""{"facilityId":"0a000000-0000-7000-8000-000000000001","date":"2030-01-01","start":"25:00","end":"20:00","activity":"x"}""", null)]
    public async Task Book_Malformed_Returns400ProblemNaming(string body, string? field)
    {
        var response = await representative.PostAsync("/api/bookings", new StringContent(FutureDates.Shift(body), System.Text.Encoding.UTF8, "application/json"));

        var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest);
        if (field is not null)
        {
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        }
    }

    [Fact]
    public async Task Book_Anonymously_Returns401()
    {
        var response = await Factory.CreateClient().PostAsJsonAsync("/api/bookings", BookingWorld.Booking(facility, association, world.Next(DayOfWeek.Monday)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Book_RetriedWithTheSameIdempotencyKey_CreatesOneBooking_AndAnswersTheSame()
    {
        var body = BookingWorld.Booking(facility, association, world.Next(DayOfWeek.Tuesday, 3));
        var key = Guid.NewGuid().ToString();

        var first = await PostWithKeyAsync(body, key);
        var retry = await PostWithKeyAsync(body, key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal((await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(),
            (await retry.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        Assert.Equal(1, await CountAsync($"facility_id = '{facility}'"));
    }

    [Fact]
    public async Task Book_SameIdempotencyKeyWithADifferentBody_Returns422()
    {
        var key = Guid.NewGuid().ToString();
        await PostWithKeyAsync(BookingWorld.Booking(facility, association, world.Next(DayOfWeek.Tuesday, 4)), key);

        var other = await PostWithKeyAsync(BookingWorld.Booking(facility, association, world.Next(DayOfWeek.Tuesday, 5)), key);

        Assert.Contains("different request", (await HttpAssert.ProblemAsync(other, HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString());
        Assert.Equal(1, await CountAsync($"facility_id = '{facility}'"));
    }

    [Fact]
    public async Task Book_TwentyConcurrentRetriesWithOneKey_CreateOneBooking()
    {
        var body = BookingWorld.Booking(facility, association, world.Next(DayOfWeek.Tuesday, 6));
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => PostWithKeyAsync(body, key)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Equal(1, await CountAsync($"facility_id = '{facility}'"));
    }

    [Fact]
    public async Task Cancel_AWeekAhead_IsFree_Later_IsRecordedAsLate_AndBothFreeTheTime()
    {
        var early = await BookAsync(world.Next(DayOfWeek.Monday, 3));
        // Less than 7 days ahead, on a weekday: the test hall closes at 18:00 at weekends (today + 3 was a Saturday
        // whenever the test ran on a Wednesday in Denmark).
        var today = Frivillighed.ServiceDefaults.Copenhagen.Today(Factory.Clock.GetUtcNow());
        var late = await BookAsync(Enumerable.Range(1, 6).Select(today.AddDays).First(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)));

        var earlyCancel = await representative.PostAsJsonAsync($"/api/bookings/{early}/cancel", new { reason = "Kampen er flyttet" });
        var lateCancel = await representative.PostAsJsonAsync($"/api/bookings/{late}/cancel", new { });

        Assert.False((await earlyCancel.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("lateCancellation").GetBoolean());
        Assert.True((await lateCancel.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("lateCancellation").GetBoolean());
        Assert.Equal(2, await Database.ScalarAsync<long>(
            $"SELECT count(*) FROM outbox_messages WHERE message_type = '{typeof(BookingCancelled).FullName}' AND payload->>'facilityId' = '{facility}'"));
        Assert.Equal(HttpStatusCode.Created, (await representative.PostAsJsonAsync("/api/bookings",
            BookingWorld.Booking(facility, association, world.Next(DayOfWeek.Monday, 3)))).StatusCode);
        var right = await representative.GetFromJsonAsync<JsonElement>($"/api/bookings/associations/{association}/booking-right");
        Assert.Equal(1, right.GetProperty("lateCancellationsLastYear").GetInt32());
    }

    [Fact]
    public async Task Cancel_Twice_Returns409_AndByAnotherAssociation_Returns403()
    {
        var id = await BookAsync(world.Next(DayOfWeek.Monday, 3));
        var (_, outsider) = await world.NewAssociationAsync(name: "Karise Ældreklub");

        var foreign = await outsider.PostAsJsonAsync($"/api/bookings/{id}/cancel", new { });
        await representative.PostAsJsonAsync($"/api/bookings/{id}/cancel", new { });
        var again = await representative.PostAsJsonAsync($"/api/bookings/{id}/cancel", new { });

        await HttpAssert.ProblemAsync(foreign, HttpStatusCode.Forbidden);
        await HttpAssert.ProblemAsync(again, HttpStatusCode.Conflict);
    }

    private async Task<Guid> BookAsync(DateOnly date)
    {
        var response = await representative.PostAsJsonAsync("/api/bookings", BookingWorld.Booking(facility, association, date));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private Task<HttpResponseMessage> PostWithKeyAsync(object body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/bookings") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return representative.SendAsync(request);
    }

    private Task<long> CountAsync(string where) => Database.ScalarAsync<long>($"SELECT count(*) FROM bookings WHERE status = 'Confirmed' AND {where}");
}
