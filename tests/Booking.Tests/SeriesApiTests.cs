using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Frivillighed.TestSupport;

namespace Frivillighed.Booking.Tests;

public class SeriesApiTests(TestDatabase database) : ApiTests<BookingApiFactory>(database)
{
    private BookingWorld world = null!;
    private Guid facility;
    private Guid association;
    private HttpClient representative = null!;
    private DateOnly first;

    public override async Task InitializeAsync()
    {
        world = new BookingWorld(Factory, Database);
        facility = await world.NewFacilityAsync($"Hal {Guid.NewGuid():N}"[..12]);
        (association, representative) = await world.NewAssociationAsync();
        first = world.Next(DayOfWeek.Thursday);
    }

    private object Series(bool skipConflicts = false, int weeks = 8) => new
    {
        facilityId = facility, associationId = association, firstDate = first.ToString("yyyy-MM-dd"),
        lastDate = first.AddDays(7 * (weeks - 1)).ToString("yyyy-MM-dd"), start = "17:00", end = "19:00", activity = "Senior badminton", skipConflicts,
    };

    [Fact]
    public async Task Create_WhenAllDatesAreFree_BooksEveryWeek()
    {
        var response = await representative.PostAsJsonAsync("/api/bookings/series", Series());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var series = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(8, series.GetProperty("bookings").GetArrayLength());
        Assert.Equal("Thursday", series.GetProperty("weekday").GetString());
        Assert.Equal(8, await CountAsync());
    }

    [Fact]
    public async Task Create_WithOneDateTaken_BooksNothing_AndListsTheConflict()
    {
        await world.Staff.PostAsJsonAsync("/api/bookings", BookingWorld.Booking(facility, null, first.AddDays(21), "18:00", "20:00"));

        var response = await representative.PostAsJsonAsync("/api/bookings/series", Series());

        var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.Conflict);
        var conflict = Assert.Single(problem.GetProperty("conflicts").EnumerateArray());
        Assert.Equal(first.AddDays(21).ToString("yyyy-MM-dd"), conflict.GetProperty("date").GetString());
        Assert.Equal(0, await CountAsync($"association_id = '{association}'"));
        Assert.Equal(0, await Database.ScalarAsync<long>($"SELECT count(*) FROM booking_series WHERE facility_id = '{facility}'"));
    }

    [Fact]
    public async Task Create_SkippingConflicts_BooksTheFreeDates_AndReportsTheSkippedOnes_IncludingClosedDays()
    {
        await world.Staff.PostAsJsonAsync("/api/bookings", BookingWorld.Booking(facility, null, first.AddDays(7), "16:00", "17:30"));
        await world.Staff.PostAsJsonAsync($"/api/facilities/{facility}/closed-periods",
            new { from = first.AddDays(14).ToString("yyyy-MM-dd"), to = first.AddDays(14).ToString("yyyy-MM-dd"), reason = "Kommunalvalg" });

        var response = await representative.PostAsJsonAsync("/api/bookings/series", Series(skipConflicts: true));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var series = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(6, series.GetProperty("bookings").GetArrayLength());
        var skipped = series.GetProperty("skipped").EnumerateArray().ToList();
        Assert.Equal(2, skipped.Count);
        Assert.Contains(skipped, s => s.GetProperty("reason").GetString()!.Contains("Kommunalvalg"));
        Assert.Equal(6, await CountAsync($"association_id = '{association}'"));
    }

    [Fact]
    public async Task CancelOneOccurrence_ThenTheRestFromADate_LeavesTheEarlierOnes()
    {
        var series = await (await representative.PostAsJsonAsync("/api/bookings/series", Series())).Content.ReadFromJsonAsync<JsonElement>();
        var id = series.GetProperty("id").GetGuid();
        var second = series.GetProperty("bookings")[1].GetProperty("id").GetGuid();

        var one = await representative.PostAsJsonAsync($"/api/bookings/{second}/cancel", new { reason = "Hallen bruges til stævne" });
        var rest = await representative.PostAsJsonAsync($"/api/bookings/series/{id}/cancel", new { from = first.AddDays(28).ToString("yyyy-MM-dd") });

        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        Assert.Equal(HttpStatusCode.OK, rest.StatusCode);
        var after = await rest.Content.ReadFromJsonAsync<JsonElement>();
        var statuses = after.GetProperty("bookings").EnumerateArray().Select(b => b.GetProperty("status").GetString()).ToList();
        Assert.Equal(["Confirmed", "Cancelled", "Confirmed", "Confirmed", "Cancelled", "Cancelled", "Cancelled", "Cancelled"], statuses);
        Assert.Equal(3, await CountAsync($"series_id = '{id}'"));
    }

    [Fact]
    public async Task Create_EndingBeforeItStarts_Returns400()
    {
        var response = await representative.PostAsJsonAsync("/api/bookings/series", new
        {
            facilityId = facility, associationId = association, firstDate = first.ToString("yyyy-MM-dd"),
            lastDate = first.AddDays(-7).ToString("yyyy-MM-dd"), start = "17:00", end = "19:00", activity = "x",
        });

        await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest);
    }

    private Task<long> CountAsync(string where = "true") =>
        Database.ScalarAsync<long>($"SELECT count(*) FROM bookings WHERE status = 'Confirmed' AND facility_id = '{facility}' AND {where}");
}
