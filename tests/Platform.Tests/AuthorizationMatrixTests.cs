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

    private sealed record Check(string Method, Func<Context, Task<string>> Path, Func<object>? Body, HttpStatusCode[] Expected);

    private sealed record Context(Guid AssociationA, Func<Task<Guid>> NewAssociationOfA);

    private const HttpStatusCode OK = HttpStatusCode.OK, Created = HttpStatusCode.Created, NotFound = HttpStatusCode.NotFound,
        Unauthorized = HttpStatusCode.Unauthorized, Forbidden = HttpStatusCode.Forbidden;

    // Expected statuses in the order of Caller: anonymous, citizen, representative of A, representative of B, staff.
    private static readonly Check[] Matrix =
    [
        new("GET", _ => Task.FromResult("/api/associations"), null, [OK, OK, OK, OK, OK]),
        new("GET", c => Task.FromResult($"/api/associations/{c.AssociationA}"), null, [NotFound, NotFound, OK, NotFound, OK]),
        new("POST", _ => Task.FromResult("/api/associations"), () => Registration.Body("Karise Ældreklub", "Karise"),
            [Unauthorized, Created, Created, Created, Created]),
        new("POST", async c => $"/api/associations/{await c.NewAssociationOfA()}/status", () => new { status = "Rejected", reason = "Ikke hjemmehørende i kommunen" },
            [Unauthorized, Forbidden, Forbidden, Forbidden, OK]),
        new("GET", _ => Task.FromResult("/api/associations/audit"), null, [Unauthorized, Forbidden, Forbidden, Forbidden, OK]),
        new("GET", c => Task.FromResult($"/api/associations/{c.AssociationA}/representatives"), null, [Unauthorized, Forbidden, OK, Forbidden, OK]),
        new("POST", c => Task.FromResult($"/api/associations/{c.AssociationA}/representatives"),
            () => new { userId = Guid.NewGuid(), name = "Tove Kasserer", role = "Treasurer" }, [Unauthorized, Forbidden, Created, Forbidden, Created]),
        new("DELETE", c => Task.FromResult($"/api/associations/{c.AssociationA}/representatives/{Guid.NewGuid()}"), null,
            [Unauthorized, Forbidden, NotFound, Forbidden, NotFound]),
        new("GET", _ => Task.FromResult("/api/facilities"), null, [OK, OK, OK, OK, OK]),
        new("GET", _ => Task.FromResult("/api/grants/pools"), null, [OK, OK, OK, OK, OK]),
        new("GET", _ => Task.FromResult("/api/events"), null, [OK, OK, OK, OK, OK]),
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

        var context = new Context(await RegisterAsync(Caller.RepresentativeOfA), () => RegisterAsync(Caller.RepresentativeOfA));
        await RegisterAsync(Caller.RepresentativeOfB);

        var failures = new List<string>();
        var checks = 0;
        var leaks = 0;
        foreach (var check in Matrix)
        {
            foreach (var caller in Enum.GetValues<Caller>())
            {
                var path = await check.Path(context);
                var response = await SendAsync(check.Method, path, check.Body?.Invoke(), tokens[caller]);
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
