using System.Net;
using System.Net.Http.Json;
using Frivillighed.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Frivillighed.Gateway.Tests;

// The gateway's own rules, without any service behind it: they answer before anything is forwarded.
// Each test has its own gatewaydb, so its rate-limit budget is its own.
public sealed class GatewayPolicyTests : IAsyncLifetime
{
    private readonly TestDatabase database = new();
    private readonly WebApplicationFactory<Program> gateway;

    public GatewayPolicyTests() => gateway = GatewayFactory.Create(database.ConnectionString);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await gateway.DisposeAsync();
        await database.DisposeAsync();
    }

    [Theory]
    [InlineData("/api/associations")]
    [InlineData("/api/bookings")]
    [InlineData("/api/events")]
    [InlineData("/api/grants/applications")]
    public async Task AnonymousPost_IsRefusedWith401ProblemJson(string path)
    {
        var response = await gateway.CreateClient().PostAsJsonAsync(path, new { name = "x" });

        var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Contains("bearer token", problem.GetProperty("detail").GetString());
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    // Registering for an event and cancelling through the personal link need no account: they pass the door
    // (and, with no Events service behind this gateway, end at the proxy's 502 instead of a 401).
    [Theory]
    [InlineData("/api/events/0a000000-0000-7000-8000-000000000001/registrations")]
    [InlineData("/api/events/registrations/0a000000-0000-7000-8000-000000000001/cancel?token=x")]
    public async Task AnonymousEventRegistration_PassesTheDoor(string path)
    {
        var response = await gateway.CreateClient().PostAsJsonAsync(path, new { name = "x" });

        Assert.NotEqual(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task OverTheLimit_Answers429WithRetryAfter_NotPlainFailure()
    {
        var client = gateway.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await client.GetAsync("/api/nothing")).StatusCode);
        }

        var refused = await client.GetAsync("/api/nothing");

        var problem = await HttpAssert.ProblemAsync(refused, HttpStatusCode.TooManyRequests);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("At most 3 requests", problem.GetProperty("detail").GetString());
    }

    // The portal calls on behalf of citizens: with its secret, X-Forwarded-For names whose budget a call spends.
    [Fact]
    public async Task WithTheFrontendSecret_EachCitizenHasTheirOwnBudget_WithoutIt_TheHeaderIsIgnored()
    {
        var client = gateway.CreateClient();
        Task<HttpResponseMessage> AsAsync(string citizen, string secret)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/api/nothing");
            request.Headers.Add("X-Forwarded-For", citizen);
            request.Headers.Add("X-Frivillighed-Frontend", secret);
            return client.SendAsync(request);
        }

        for (var i = 0; i < 3; i++)
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await AsAsync("192.0.2.1", "portal-secret")).StatusCode);
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await client.GetAsync("/api/nothing")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await AsAsync("192.0.2.1", "portal-secret")).StatusCode);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await AsAsync("192.0.2.2", "portal-secret")).StatusCode);
        // A guessed secret: the caller's own (spent) budget, whatever address it claims.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await AsAsync("192.0.2.3", "guessed")).StatusCode);
    }

    [Fact]
    public async Task HealthProbes_AreNotRateLimited()
    {
        var client = gateway.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            statuses.Add((await client.GetAsync("/alive")).StatusCode);
        }

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
    }
}
