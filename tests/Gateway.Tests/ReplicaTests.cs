using System.Net;
using Frivillighed.TestSupport;
using Npgsql;

namespace Frivillighed.Gateway.Tests;

// Two gateway replicas share one gatewaydb: a caller's budget is one budget, whichever replica answers.
public sealed class ReplicaTests : IAsyncLifetime
{
    private readonly TestDatabase database = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task OneCallersBudget_IsNotDoubledByASecondGateway()
    {
        await using var first = GatewayFactory.Create(database.ConnectionString);
        await using var second = GatewayFactory.Create(database.ConnectionString);
        var clients = new[] { first.CreateClient(), second.CreateClient() };

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            statuses.Add((await clients[i % 2].GetAsync("/api/nothing")).StatusCode);
        }

        // Three requests pass (two on one replica, one on the other); the fourth and later are refused on both.
        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound], statuses.Take(3));
        Assert.All(statuses.Skip(3), status => Assert.Equal(HttpStatusCode.TooManyRequests, status));
        Assert.Equal(6, await database.ScalarAsync<int>("SELECT count FROM rate_limit_windows"));
    }

    // The counters must not take the platform down: with gatewaydb unreachable, requests pass uncounted.
    [Fact]
    public async Task WithGatewayDbUnreachable_RequestsPassUncounted()
    {
        var unreachable = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Host = "127.0.0.1", Port = 1 }.ConnectionString;
        await using var gateway = GatewayFactory.Create(unreachable);
        var client = gateway.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await client.GetAsync("/api/nothing")).StatusCode);
        }

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.NotFound, status));
    }
}
