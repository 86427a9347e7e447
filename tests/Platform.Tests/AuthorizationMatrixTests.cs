using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Frivillighed.Contracts;
using Frivillighed.TestSupport;
using Xunit.Abstractions;

namespace Frivillighed.Platform.Tests;

// Every endpoint × every kind of caller → the expected status, through the gateway, with real tokens from the
// Identity service. A later endpoint adds one row. A "leak" is a 2xx where the caller should have been refused.
[Collection(PlatformCollection.Name)]
public class AuthorizationMatrixTests(PlatformFixture platform, ITestOutputHelper output)
{
    public enum Caller { Anonymous, Citizen, RepresentativeOfA, RepresentativeOfB, Staff }

    private sealed record Check(string Method, Func<Context, Task<string>> Path, Func<Context, object>? Body, HttpStatusCode[] Expected);

    private sealed record Context(Guid AssociationA, Func<Task<Guid>> NewAssociationOfA, Guid Facility, Guid Pool, Guid Round, Guid Application, Guid Event,
        Func<Task<Guid>> NewEvent);

    // Each booking attempt of the matrix gets a day of its own, so that none is refused as a double booking.
    private static int bookingDay;

    private static object NextBooking(Context c) => new
    {
        facilityId = c.Facility, associationId = c.AssociationA, activity = "Bestyrelsesmøde", start = "18:00", end = "20:00",
        date = DateTime.UtcNow.Date.AddDays(14 + Interlocked.Increment(ref bookingDay)).ToString("yyyy-MM-dd"),
    };

    private const HttpStatusCode OK = HttpStatusCode.OK, Created = HttpStatusCode.Created, NotFound = HttpStatusCode.NotFound,
        Unauthorized = HttpStatusCode.Unauthorized, Forbidden = HttpStatusCode.Forbidden;
    private static readonly object PoolBody = new
    {
        name = "Aktivitetspuljen", purpose = "Nye aktiviteter", legalBasis = "Folkeoplysningsloven", year = FutureDates.Year(2031), budget = 100_000m,
        eligibility = "ApprovedAssociations", criteria = new[] { new { name = "Nye deltagere", description = "", weight = 1m } },
    };

    private static readonly object EventBody = new
    {
        kind = "DialogueMeeting", title = "Dialogmøde", start = FutureDates.Shift("2031-03-04T19:00"), end = FutureDates.Shift("2031-03-04T21:00"), venue = "Faxe Bibliotek", town = "Faxe",
        capacity = 40,
    };

    private static readonly object FacilityBody = new
    {
        name = "Karise Hallen", kind = "Hall", town = "Karise", address = "Stationsvej 5, 4653 Karise", capacity = 200,
        openingHours = Enum.GetValues<DayOfWeek>().Select(day => new { day = day.ToString(), opens = "07:00", closes = "22:00" }),
    };

    // Expected statuses in the order of Caller: anonymous, citizen, representative of A, representative of B, staff.
    private static readonly Check[] Matrix =
    [
        new("GET", _ => Task.FromResult("/api/associations"), null, [OK, OK, OK, OK, OK]),
        new("GET", c => Task.FromResult($"/api/associations/{c.AssociationA}"), null, [NotFound, NotFound, OK, NotFound, OK]),
        new("POST", _ => Task.FromResult("/api/associations"), _ => Registration.Body("Karise Ældreklub", "Karise"),
            [Unauthorized, Created, Created, Created, Created]),
        new("POST", async c => $"/api/associations/{await c.NewAssociationOfA()}/status", _ => new { status = "Rejected", reason = "Ikke hjemmehørende i kommunen" },
            [Unauthorized, Forbidden, Forbidden, Forbidden, OK]),
        new("GET", _ => Task.FromResult("/api/associations/audit"), null, [Unauthorized, Forbidden, Forbidden, Forbidden, OK]),
        new("GET", c => Task.FromResult($"/api/associations/{c.AssociationA}/representatives"), null, [Unauthorized, Forbidden, OK, Forbidden, OK]),
        new("POST", c => Task.FromResult($"/api/associations/{c.AssociationA}/representatives"),
            _ => new { userId = Guid.NewGuid(), name = "Tove Kasserer", role = "Treasurer" }, [Unauthorized, Forbidden, Created, Forbidden, Created]),
        new("DELETE", c => Task.FromResult($"/api/associations/{c.AssociationA}/representatives/{Guid.NewGuid()}"), null,
            [Unauthorized, Forbidden, NotFound, Forbidden, NotFound]),
        new("GET", _ => Task.FromResult("/api/facilities"), null, [OK, OK, OK, OK, OK]),
        new("POST", _ => Task.FromResult("/api/facilities"), _ => FacilityBody, [Unauthorized, Forbidden, Forbidden, Forbidden, Created]),
        new("PUT", c => Task.FromResult($"/api/facilities/{c.Facility}"), _ => FacilityBody, [Unauthorized, Forbidden, Forbidden, Forbidden, OK]),
        new("POST", c => Task.FromResult($"/api/facilities/{c.Facility}/closed-periods"), _ => new { from = "2030-12-23", to = "2030-12-30", reason = "Juleferie" },
            [Unauthorized, Forbidden, Forbidden, Forbidden, Created]),
        new("GET", c => Task.FromResult($"/api/facilities/{c.Facility}/availability?days=7"), null, [OK, OK, OK, OK, OK]),
        new("GET", c => Task.FromResult($"/api/facilities/{c.Facility}/calendar.ics"), null, [OK, OK, OK, OK, OK]),
        new("GET", _ => Task.FromResult($"/api/facilities/available?date=2030-01-08&from=18:00&to=20:00"), null, [OK, OK, OK, OK, OK]),
        new("POST", _ => Task.FromResult("/api/bookings"), NextBooking, [Unauthorized, Forbidden, Created, Forbidden, Created]),
        new("GET", c => Task.FromResult($"/api/bookings/associations/{c.AssociationA}/bookings"), null, [Unauthorized, Forbidden, OK, Forbidden, OK]),
        new("GET", c => Task.FromResult($"/api/bookings/associations/{c.AssociationA}/calendar.ics"), null, [Unauthorized, Forbidden, OK, Forbidden, OK]),
        new("POST", c => Task.FromResult($"/api/bookings/associations/{c.AssociationA}/calendar-link"), null, [Unauthorized, Forbidden, OK, Forbidden, OK]),
        new("GET", c => Task.FromResult($"/api/bookings/associations/{c.AssociationA}/calendar.ics?token=guessed"), null,
            [Unauthorized, Forbidden, OK, Forbidden, OK]),
        new("GET", c => Task.FromResult($"/api/bookings/associations/{c.AssociationA}/booking-right"), null, [Unauthorized, Forbidden, OK, Forbidden, OK]),
        new("POST", c => Task.FromResult($"/api/bookings/associations/{c.AssociationA}/booking-right/lift"), _ => new { reason = "Samtale" },
            [Unauthorized, Forbidden, Forbidden, Forbidden, HttpStatusCode.Conflict]),
        new("POST", _ => Task.FromResult($"/api/bookings/{Guid.NewGuid()}/attendance"), _ => new { attendance = "NoShow" },
            [Unauthorized, Forbidden, Forbidden, Forbidden, NotFound]),
        new("POST", _ => Task.FromResult($"/api/bookings/{Guid.NewGuid()}/cancel"), _ => new { }, [Unauthorized, NotFound, NotFound, NotFound, NotFound]),
        new("GET", _ => Task.FromResult("/api/seasons"), null, [OK, OK, OK, OK, OK]),
        new("POST", _ => Task.FromResult("/api/seasons"), _ => new
            {
                name = FutureDates.Shift("Sæson 2031/2032"), seasonStart = FutureDates.Shift("2031-08-11"), seasonEnd = FutureDates.Shift("2032-06-27"),
                requestsOpen = FutureDates.Shift("2031-02-01"), requestsClose = FutureDates.Shift("2031-02-21"),
            }, [Unauthorized, Forbidden, Forbidden, Forbidden, Created]),
        new("GET", _ => Task.FromResult("/api/grants/pools"), null, [OK, OK, OK, OK, OK]),
        new("POST", _ => Task.FromResult("/api/grants/pools"), _ => PoolBody, [Unauthorized, Forbidden, Forbidden, Forbidden, Created]),
        new("GET", c => Task.FromResult($"/api/grants/pools/{c.Pool}/ledger"), null, [OK, OK, OK, OK, OK]),
        new("POST", c => Task.FromResult($"/api/grants/pools/{c.Pool}/rounds"), _ => new { name = "Ekstra runde", deadline = FutureDates.Shift("2031-12-15") },
            [Unauthorized, Forbidden, Forbidden, Forbidden, Created]),
        new("GET", c => Task.FromResult($"/api/grants/pools/{c.Pool}/applications"), null, [Unauthorized, Forbidden, Forbidden, Forbidden, OK]),
        new("GET", c => Task.FromResult($"/api/grants/pools/{c.Pool}/rounds/{c.Round}/export.csv"), null, [Unauthorized, Forbidden, Forbidden, Forbidden, OK]),
        new("POST", _ => Task.FromResult("/api/grants/applications"), c => new { roundId = c.Round, associationId = c.AssociationA, title = "Projekt" },
            [Unauthorized, Forbidden, Created, Forbidden, Created]),
        new("GET", c => Task.FromResult($"/api/grants/applications/{c.Application}"), null, [Unauthorized, Forbidden, OK, Forbidden, OK]),
        new("PUT", c => Task.FromResult($"/api/grants/applications/{c.Application}"), _ => new { title = "Projekt, rettet" },
            [Unauthorized, Forbidden, OK, Forbidden, OK]),
        new("GET", c => Task.FromResult($"/api/grants/associations/{c.AssociationA}/applications"), null, [Unauthorized, Forbidden, OK, Forbidden, OK]),
        new("POST", c => Task.FromResult($"/api/grants/applications/{c.Application}/assessments"), _ => new { scores = Array.Empty<object>() },
            [Unauthorized, Forbidden, Forbidden, Forbidden, HttpStatusCode.BadRequest]),
        new("POST", c => Task.FromResult($"/api/grants/applications/{c.Application}/decision"), _ => new { outcome = "Reject", reason = "Nej" },
            [Unauthorized, Forbidden, Forbidden, Forbidden, HttpStatusCode.Conflict]),
        new("POST", _ => Task.FromResult($"/api/grants/awards/{Guid.NewGuid()}/payouts"), _ => new { amount = 1m, reference = "x" },
            [Unauthorized, Forbidden, Forbidden, Forbidden, NotFound]),
        new("POST", _ => Task.FromResult($"/api/grants/awards/{Guid.NewGuid()}/withdraw"), _ => new { reason = "x" }, [Unauthorized, Forbidden, Forbidden, Forbidden, NotFound]),
        new("POST", _ => Task.FromResult($"/api/grants/awards/{Guid.NewGuid()}/use-report"), _ => new { spent = 1m, results = "x" },
            [Unauthorized, NotFound, NotFound, NotFound, NotFound]),
        new("GET", _ => Task.FromResult("/api/grants/use-reports/overdue"), null, [Unauthorized, Forbidden, Forbidden, Forbidden, OK]),
        new("GET", _ => Task.FromResult("/api/grants/audit"), null, [Unauthorized, Forbidden, Forbidden, Forbidden, OK]),
        new("GET", _ => Task.FromResult("/api/events"), null, [OK, OK, OK, OK, OK]),
        new("GET", _ => Task.FromResult("/api/events/calendar.ics"), null, [OK, OK, OK, OK, OK]),
        new("GET", c => Task.FromResult($"/api/events/{c.Event}"), null, [OK, OK, OK, OK, OK]),
        new("POST", _ => Task.FromResult("/api/events"), _ => EventBody, [Unauthorized, Forbidden, Forbidden, Forbidden, Created]),
        new("PUT", c => Task.FromResult($"/api/events/{c.Event}"), _ => new { title = "Dialogmøde om lokaler" }, [Unauthorized, Forbidden, Forbidden, Forbidden, OK]),
        new("POST", async c => $"/api/events/{await c.NewEvent()}/cancel", _ => new { reason = "Aflyst" }, [Unauthorized, Forbidden, Forbidden, Forbidden, OK]),
        new("POST", c => Task.FromResult($"/api/events/{c.Event}/registrations"), _ => new { name = "Deltager", email = "deltager@example.dk" },
            [Created, Created, Created, Created, Created]),
        new("GET", c => Task.FromResult($"/api/events/{c.Event}/registrations"), null, [Unauthorized, Forbidden, Forbidden, Forbidden, OK]),
        new("POST", _ => Task.FromResult($"/api/events/registrations/{Guid.NewGuid()}/cancel?token=x"), null, [NotFound, NotFound, NotFound, NotFound, NotFound]),
        new("GET", _ => Task.FromResult("/.well-known/openid-configuration"), null, [OK, OK, OK, OK, OK]),
    ];

    [Fact]
    public async Task EveryEndpoint_ForEveryCaller_AnswersAsTheRulesSay()
    {
        var tokens = new Dictionary<Caller, string?>
        {
            [Caller.Anonymous] = null,
            [Caller.Citizen] = await platform.TokenAsync(DemoUsers.Anna),
            [Caller.RepresentativeOfA] = await platform.TokenAsync(DemoUsers.Bo),
            [Caller.RepresentativeOfB] = await platform.TokenAsync(DemoUsers.Carla),
            [Caller.Staff] = await platform.TokenAsync(DemoUsers.Dorte),
        };
        async Task<Guid> RegisterAsync(Caller caller)
        {
            var response = await SendAsync("POST", "/api/associations", Registration.Body("Haslev Boldklub", "Haslev"), tokens[caller]);
            Assert.Equal(Created, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        }

        var facility = await SendAsync("POST", "/api/facilities", FacilityBody, tokens[Caller.Staff]);
        Assert.Equal(Created, facility.StatusCode);
        var associationA = await RegisterAsync(Caller.RepresentativeOfA);
        var pool = await IdOf(await SendAsync("POST", "/api/grants/pools", PoolBody, tokens[Caller.Staff]));
        var round = await IdOf(await SendAsync("POST", $"/api/grants/pools/{pool}/rounds", new { name = "December-runden", deadline = FutureDates.Shift("2031-12-15") }, tokens[Caller.Staff]));
        // Grants learns of A (and that Bo represents it) from the Associations service's events, as Booking does.
        await Eventually.Returns(() => SendAsync("GET", $"/api/grants/associations/{associationA}/applications", null, tokens[Caller.RepresentativeOfA]),
            r => r.StatusCode == OK, "Grants knows association A's representative");
        var application = await IdOf(await SendAsync("POST", "/api/grants/applications", new { roundId = round, associationId = associationA, title = "Projekt" },
            tokens[Caller.RepresentativeOfA]));
        var context = new Context(associationA, () => RegisterAsync(Caller.RepresentativeOfA),
            (await facility.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(), pool, round, application,
            await IdOf(await SendAsync("POST", "/api/events", EventBody, tokens[Caller.Staff])),
            async () => await IdOf(await SendAsync("POST", "/api/events", EventBody, tokens[Caller.Staff])));
        // The Booking service learns of A (and that Bo represents it) from the Associations service's events.
        await Eventually.Returns(() => SendAsync("GET", $"/api/bookings/associations/{context.AssociationA}/booking-right", null, tokens[Caller.RepresentativeOfA]),
            r => r.StatusCode == OK, "Booking knows association A's representative");
        await RegisterAsync(Caller.RepresentativeOfB);

        var failures = new List<string>();
        var checks = 0;
        var leaks = 0;
        foreach (var check in Matrix)
        {
            foreach (var caller in Enum.GetValues<Caller>())
            {
                var path = await check.Path(context);
                var response = await SendAsync(check.Method, path, check.Body?.Invoke(context), tokens[caller]);
                var expected = check.Expected[(int)caller];
                checks++;
                if (response.StatusCode == expected)
                {
                    continue;
                }

                failures.Add($"{check.Method} {path} as {caller}: expected {(int)expected}, got {(int)response.StatusCode}");
                if (response.IsSuccessStatusCode && (int)expected >= 400)
                {
                    leaks++;
                }
            }
        }

        output.WriteLine($"{checks} checks, {leaks} leaks");
        Console.WriteLine($"Authorization matrix: {checks} checks, {leaks} leaks");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task ClientCredentials_GiveAnIntegrationToken_ThatReadsButIsNotStaff()
    {
        var token = await platform.ClientCredentialsTokenAsync("integration-demo", "dev-only-integration-secret");

        var read = await SendAsync("GET", "/api/associations", null, token);
        var audit = await SendAsync("GET", "/api/associations/audit", null, token);

        Assert.Equal(OK, read.StatusCode);
        await HttpAssert.ProblemAsync(audit, Forbidden);
    }

    [Fact]
    public async Task TokenRequest_WithAWrongPassword_IsRefused()
    {
        var response = await platform.Gateway.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["username"] = "bo", ["password"] = "guess", ["client_id"] = "frivillighed-dev",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_grant", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
    }

    private static async Task<Guid> IdOf(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private Task<HttpResponseMessage> SendAsync(string method, string path, object? body, string? token)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return platform.Gateway.SendAsync(request);
    }
}
