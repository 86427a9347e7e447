using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Frivillighed.Contracts;
using Frivillighed.TestSupport;

namespace Frivillighed.Platform.Tests;

// What the portal's journeys need, made once through the gateway's API as staff and a representative would:
// Bo's approved football club with a volunteer opportunity, a conference with one seat, a hall in Haslev and a
// pool with one award on its ledger. Names carry a tag, so the journeys find their own rows.
public sealed class PortalWorld
{
    public required string Tag { get; init; }
    public required Guid Association { get; init; }
    public required string AssociationName { get; init; }
    public required Guid Event { get; init; }
    public required string EventTitle { get; init; }
    public required Guid Facility { get; init; }
    public required string FacilityName { get; init; }
    public required Guid Pool { get; init; }
    public required string PoolName { get; init; }

    private static readonly SemaphoreSlim Once = new(1, 1);
    private static PortalWorld? made;

    public static async Task<PortalWorld> OfAsync(PlatformFixture platform)
    {
        await Once.WaitAsync();
        try
        {
            return made ??= await MakeAsync(platform);
        }
        finally
        {
            Once.Release();
        }
    }

    private static async Task<PortalWorld> MakeAsync(PlatformFixture platform)
    {
        var tag = Guid.NewGuid().ToString("N")[..5];
        var staff = Client(platform, await platform.TokenAsync(DemoUsers.Dorte));
        var bo = Client(platform, await platform.TokenAsync(DemoUsers.Bo));
        var today = DateOnly.FromDateTime(DateTime.Now);

        var name = $"Haslev Fodboldklub {tag}";
        var body = Registration.Body(name, "Haslev", description: "Fodbold for børn og voksne i Haslev, træning tirsdag og torsdag.");
        body["hasChildrenUnder15"] = false;
        body["contactEmail"] = "kontakt@haslevfodbold.example";
        var association = await bo.RegisterAssociationAsync(body);
        await staff.ApproveAssociationAsync(association);
        await Created(await bo.PostAsJsonAsync($"/api/associations/{association}/volunteer-opportunities", new
        {
            title = $"Fodboldtræner til U10 {tag}", description = "Vi søger en træner til vores U10-hold.", area = "Sport", town = "Haslev",
            timeCommitment = "2 timer om ugen", contact = "Skriv til træner@haslevfodbold.example",
        }));

        var day = today.AddDays(14).ToString("yyyy-MM-dd");
        var eventTitle = $"Frivillighedskonference {tag}";
        var ev = await Created(await staff.PostAsJsonAsync("/api/events", new
        {
            kind = "Conference", title = eventTitle, description = "Oplæg og workshops for frivillige og foreninger.", start = $"{day}T17:00", end = $"{day}T21:00",
            venue = "Haslev Gymnasium", town = "Haslev", capacity = 1, audience = "Public",
        }));

        var facilityName = $"Haslev Hallen {tag}";
        var facility = await Created(await staff.PostAsJsonAsync("/api/facilities", new
        {
            name = facilityName, kind = "Hall", town = "Haslev", address = "Frederiksgade 42, 4690 Haslev", capacity = 300, wheelchairAccess = true, hearingLoop = true,
            equipment = new[] { "Håndboldmål", "Lydanlæg" },
            openingHours = Enum.GetValues<DayOfWeek>().Select(d => new { day = d.ToString(), opens = "07:00", closes = "22:00" }),
            bookingUnitMinutes = 30, minimumMinutes = 60, maximumMinutes = 240, bookableDaysAhead = 180, hourlyPrice = 300m,
        }));

        var poolName = $"Udviklingspuljen {tag}";
        var pool = await Created(await staff.PostAsJsonAsync("/api/grants/pools", new
        {
            name = poolName, purpose = "Nye aktiviteter i foreningerne", legalBasis = "Folkeoplysningsloven", year = today.Year, budget = 400_000m,
            eligibility = "ApprovedAssociations", maxPerApplication = 50_000m, staffDecisionLimit = 100_000m, requiredFields = Array.Empty<string>(), reportDueMonths = 3,
            criteria = new[] { new { name = "Nye deltagere", description = "Aktiviteten når nye grupper", weight = 1m } },
        }));
        var round = await Created(await staff.PostAsJsonAsync($"/api/grants/pools/{pool}/rounds", new { name = "Vinterrunden", deadline = today.AddDays(30).ToString("yyyy-MM-dd") }));
        // Grants learns of the approval over the bus.
        await Eventually.Returns(async () =>
        {
            var known = await platform.Gateway.GetAsync($"/api/grants/associations/{association}");
            return known.IsSuccessStatusCode ? (await known.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString() : null;
        }, s => s == "Approved", "Grants to know the club as approved");
        var application = await Created(await bo.PostAsJsonAsync("/api/grants/applications", new
        {
            roundId = round, associationId = association, title = "Streetfodbold for unge", description = "Ugentlig streetfodbold i Haslev.",
            periodStart = today.AddDays(60).ToString("yyyy-MM-dd"), periodEnd = today.AddDays(240).ToString("yyyy-MM-dd"), requestedAmount = 20_000m, volunteers = 12,
            budgetLines = new object[] { new { kind = "Expense", description = "Bolde og mål", amount = 20_000m } },
            answers = new[] { new { criterion = "Nye deltagere", answer = "Unge uden for foreningslivet" } },
        }));
        Assert.Equal(HttpStatusCode.OK, (await bo.PostAsync($"/api/grants/applications/{application}/submit", null)).StatusCode);
        var decision = await staff.PostAsJsonAsync($"/api/grants/applications/{application}/decision",
            new { outcome = "Award", amount = 15_000m, reason = "Når nye unge; udstyr dækkes delvist" });
        Assert.True(decision.IsSuccessStatusCode, await decision.Content.ReadAsStringAsync());

        return new PortalWorld
        {
            Tag = tag, Association = association, AssociationName = name, Event = ev, EventTitle = eventTitle,
            Facility = facility, FacilityName = facilityName, Pool = pool, PoolName = poolName,
        };
    }

    private static HttpClient Client(PlatformFixture platform, string token)
    {
        var client = new HttpClient { BaseAddress = platform.Gateway.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<Guid> Created(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
