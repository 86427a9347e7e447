using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Frivillighed.Contracts;
using Frivillighed.TestSupport;

namespace Frivillighed.Platform.Tests;

[Collection(PlatformCollection.Name)]
public class GatewayTests(PlatformFixture platform)
{
    private HttpClient Gateway => platform.Gateway;

    [Fact]
    public async Task RegisteredAssociation_ReachesEveryReadModel_AndSoDoItsApprovalAndSuspension()
    {
        var register = await SendAsync(HttpMethod.Post, "/api/associations", Registration.Body("Rønnede Gymnastikforening", "Rønnede"),
            await platform.TokenAsync(DemoUsers.Bo));
        Assert.Equal(HttpStatusCode.Created, register.StatusCode);
        var id = (await register.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        await WaitForStatusEverywhereAsync(id, "Applied");
        var approve = await SendAsync(HttpMethod.Post, $"/api/associations/{id}/status", new { status = "Approved", reason = "FOL §4 opfyldt", checklist = Registration.Fol4AllMet },
            await platform.TokenAsync(DemoUsers.Dorte));
        Assert.Equal(HttpStatusCode.OK, approve.StatusCode);
        await WaitForStatusEverywhereAsync(id, "Approved");
        var suspend = await SendAsync(HttpMethod.Post, $"/api/associations/{id}/status", new { status = "Suspended", reason = "Tre udeblivelser i træk" },
            await platform.TokenAsync(DemoUsers.Dorte));
        Assert.Equal(HttpStatusCode.OK, suspend.StatusCode);
        await WaitForStatusEverywhereAsync(id, "Suspended");
    }

    [Theory]
    [InlineData("associations")]
    [InlineData("booking")]
    [InlineData("events")]
    [InlineData("grants")]
    public async Task OpenApiDocument_OfEachService_IsServedWithTheGatewayAsServer(string service)
    {
        var document = await Gateway.GetFromJsonAsync<JsonElement>($"/openapi/{service}.json");

        Assert.StartsWith("3.", document.GetProperty("openapi").GetString());
        Assert.Contains(document.GetProperty("paths").EnumerateObject(), p => p.Name.StartsWith("/api/"));
        Assert.Equal(Gateway.BaseAddress!.Authority, new Uri(document.GetProperty("servers")[0].GetProperty("url").GetString()!).Authority);
    }

    [Fact]
    public async Task Docs_ServeTheApiReference()
    {
        var response = await Gateway.GetAsync("/docs/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("openapi/associations.json", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task UnknownPath_IsAProblemWithACorrelationId()
    {
        var response = await Gateway.GetAsync("/api/nothing-here");

        var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Contains("/api/nothing-here", problem.GetProperty("detail").GetString());
        Assert.True(response.Headers.Contains("X-Correlation-Id"));
    }

    [Fact]
    public async Task TraceContext_IsPropagatedToTheService_AndTheCorrelationIdEchoed()
    {
        var traceId = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray());
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/associations/{Guid.NewGuid()}");
        request.Headers.Add("traceparent", $"00-{traceId}-0123456789abcdef-01");
        request.Headers.Add("X-Correlation-Id", "support-case-4711");

        var response = await Gateway.SendAsync(request);

        // The 404 comes from the Associations service; its traceId shows it ran in the caller's trace.
        var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Contains(traceId, problem.GetProperty("traceId").GetString());
        Assert.Equal("support-case-4711", response.Headers.GetValues("X-Correlation-Id").Single());
    }

    [Fact]
    public async Task Health_IsTheGatewaysOwn_AndTheStatusPageNamesEveryServiceBehindIt()
    {
        var response = await Gateway.GetAsync("/health");
        var status = await Gateway.GetAsync("/health/services");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        var services = (await status.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("services").EnumerateArray()
            .ToDictionary(s => s.GetProperty("name").GetString()!, s => s.GetProperty("status").GetString());
        Assert.Equal(["associations", "booking", "events", "grants", "identity", "notifications", "portal"], services.Keys.Order());
        Assert.All(services.Values, s => Assert.Equal("Healthy", s));
    }

    [Fact]
    public async Task TooLargeBody_IsRefusedWith413ProblemJson()
    {
        var huge = new string('x', 2 * 1024 * 1024);

        var response = await SendAsync(HttpMethod.Post, "/api/associations", Registration.Body(huge, "Haslev"),
            await platform.TokenAsync(DemoUsers.Bo));

        await HttpAssert.ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object body, string token)
    {
        var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return Gateway.SendAsync(request);
    }

    private async Task WaitForStatusEverywhereAsync(Guid id, string status)
    {
        foreach (var prefix in new[] { "/api/bookings", "/api/grants", "/api/events" })
        {
            await Eventually.Returns(async () =>
            {
                var response = await Gateway.GetAsync($"{prefix}/associations/{id}");
                return response.IsSuccessStatusCode
                    ? (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString()
                    : null;
            }, s => s == status, $"{prefix} to know association {id} as {status}");
        }
    }
}
