using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Frivillighed.TestSupport;

namespace Frivillighed.Booking.Tests;

// What booking tests start from: a facility (open 07–22 on weekdays, 08–18 at weekends, 30-minute units,
// 60–240 minutes, 180 days ahead, 300 kr./hour) and associations as the Associations service would have
// announced them, with their representatives. The read model rows are written directly: how events fill
// them is tested in Messaging.Tests.
public sealed class BookingWorld(BookingApiFactory factory, TestDatabase database)
{
    public HttpClient Staff { get; } = factory.CreateClient(TestTokens.Staff());

    public static object FacilityBody(string name = "Haslev Hallerne, hal 1", int capacity = 300, string kind = "Hall", string town = "Haslev") => new
    {
        name, kind, town, address = "Frederiksgade 42, 4690 Haslev", capacity, wheelchairAccess = true, hearingLoop = false,
        equipment = new[] { "Håndboldmål" },
        openingHours = Enum.GetValues<DayOfWeek>().Select(day => day is DayOfWeek.Saturday or DayOfWeek.Sunday
            ? new { day = day.ToString(), opens = "08:00", closes = "18:00" }
            : new { day = day.ToString(), opens = "07:00", closes = "22:00" }),
        bookingUnitMinutes = 30, minimumMinutes = 60, maximumMinutes = 240, bookableDaysAhead = 180, hourlyPrice = 300m,
    };

    public async Task<Guid> NewFacilityAsync(string name = "Haslev Hallerne, hal 1", int capacity = 300, string kind = "Hall", string town = "Haslev")
    {
        var response = await Staff.PostAsJsonAsync("/api/facilities", FacilityBody(name, capacity, kind, town));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    // An association in the read model, and a client for a representative of it.
    public async Task<(Guid Id, HttpClient Representative)> NewAssociationAsync(string status = "Approved", bool lapsed = false, string name = "Haslev Boldklub")
    {
        var (id, representative) = await database.AddKnownAssociationAsync(status, lapsed, name);
        return (id, factory.CreateClient(TestTokens.For(representative, "Bo Formand", ["citizen"])));
    }

    public Task ExecuteAsync(string sql) => database.ScalarAsync<object>(sql);

    // The next given weekday at least `weeksAhead` weeks from the fake clock's today (local).
    public DateOnly Next(DayOfWeek day, int weeksAhead = 2)
    {
        var today = Frivillighed.ServiceDefaults.Copenhagen.Today(factory.Clock.GetUtcNow()).AddDays(7 * weeksAhead);
        return today.AddDays(((int)day - (int)today.DayOfWeek + 7) % 7);
    }

    public static object Booking(Guid facilityId, Guid? associationId, DateOnly date, string start = "18:00", string end = "20:00", string activity = "U11 fodboldtræning") =>
        new { facilityId, associationId, date = date.ToString("yyyy-MM-dd"), start, end, activity };
}
