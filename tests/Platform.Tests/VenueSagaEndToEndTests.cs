using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Frivillighed.Contracts;
using Frivillighed.TestSupport;

namespace Frivillighed.Platform.Tests;

// The whole chain through the gateway: staff create an event at a facility; Events asks Booking over the
// broker; Booking books; Events publishes the event; the facility's calendar shows it busy.
[Collection(PlatformCollection.Name)]
public class VenueSagaEndToEndTests(PlatformFixture platform)
{
    [Fact]
    public async Task AnEventAtAFacility_IsPublishedOnceBookingHasBookedIt()
    {
        var staff = new AuthenticationHeaderValue("Bearer", await platform.TokenAsync(DemoUsers.Dorte));
        async Task<JsonElement> SendAsync(HttpMethod method, string path, object? body = null)
        {
            var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
            request.Headers.Authorization = staff;
            var response = await platform.Gateway.SendAsync(request);
            Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            return await response.Content.ReadFromJsonAsync<JsonElement>();
        }

        var facility = (await SendAsync(HttpMethod.Post, "/api/facilities", new
        {
            name = "Faxe Hallen", kind = "Hall", town = "Faxe", address = "Hovedgaden 28, 4640 Faxe", capacity = 250,
            openingHours = Enum.GetValues<DayOfWeek>().Select(day => new { day = day.ToString(), opens = "07:00", closes = "22:00" }),
        })).GetProperty("id").GetGuid();
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30).ToString("yyyy-MM-dd");

        var created = await SendAsync(HttpMethod.Post, "/api/events", new
        {
            kind = "Fair", title = "Foreningernes Dag", start = $"{day}T10:00", end = $"{day}T16:00", venueFacilityId = facility, capacity = 500,
        });
        var id = created.GetProperty("id").GetGuid();

        Assert.Equal("AwaitingVenue", created.GetProperty("status").GetString());
        var published = await Eventually.Returns(() => SendAsync(HttpMethod.Get, $"/api/events/{id}"),
            e => e.GetProperty("status").GetString() == "Published", "the event published");
        Assert.StartsWith("Faxe Hallen", published.GetProperty("venue").GetString());
        var busy = await platform.Gateway.GetFromJsonAsync<JsonElement>($"/api/facilities/{facility}/availability?date={day}");
        Assert.Equal("10:00:00", Assert.Single(busy[0].GetProperty("busy").EnumerateArray()).GetProperty("from").GetString());
        Assert.Contains(Towns.All, town => town == published.GetProperty("town").GetString());
    }
}
