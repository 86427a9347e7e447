using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Frivillighed.ServiceDefaults;
using Frivillighed.TestSupport;

namespace Frivillighed.Events.Tests;

public sealed class EventsWorld(EventsApiFactory factory, TestDatabase database)
{
    public HttpClient Staff { get; } = factory.CreateClient(TestTokens.Staff());

    public HttpClient Anonymous { get; } = factory.CreateClient();

    public DateOnly Today => Copenhagen.Today(factory.Clock.GetUtcNow());

    // An event at an outside address (published at once), three weeks ahead at 17:00–21:00 local time.
    public static object Body(int capacity = 100, string audience = "Public", string? invitationCode = null, Guid? facility = null, int daysAhead = 21,
        string kind = "Conference", string town = "Haslev", object[]? sessions = null, string title = "Frivillighedskonference")
    {
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(daysAhead).ToString("yyyy-MM-dd");
        return new
        {
            kind, title, description = "For frivillige og foreninger", start = $"{day}T17:00", end = $"{day}T21:00",
            venueFacilityId = facility, venue = facility is null ? "Haslev Gymnasium" : null, town = facility is null ? town : null,
            capacity, audience, invitationCode, sessions,
        };
    }

    public async Task<Guid> NewEventAsync(object body)
    {
        var response = await Staff.PostAsJsonAsync("/api/events", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static object Participant(int n) => new { name = $"Deltager {n}", email = $"deltager{n}@example.dk", dietary = n % 7 == 0 ? "Vegetar" : null };

    public async Task<JsonElement> RegisterAsync(Guid eventId, object body, HttpStatusCode expected = HttpStatusCode.Created)
    {
        var response = await Anonymous.PostAsJsonAsync($"/api/events/{eventId}/registrations", body);
        Assert.True(response.StatusCode == expected, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<(Guid Id, HttpClient Representative)> NewAssociationAsync(string name = "Haslev Boldklub")
    {
        var (id, representative) = await database.AddKnownAssociationAsync(name: name);
        return (id, factory.CreateClient(TestTokens.For(representative, "Bo Formand", ["citizen"])));
    }
}
