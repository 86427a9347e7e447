using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting.ApplicationModel;
using Frivillighed.TestSupport;

namespace Frivillighed.Platform.Tests;

// A process that dies is started again by the platform itself (the AppHost's Supervisor), with its data and
// ports, and the gateway reaches it again without being restarted.
[Collection(PlatformCollection.Name)]
public class SelfHealingTests(PlatformFixture platform)
{
    [Fact]
    public async Task BothBookingProcessesKilled_AreStartedAgain_AndTheGatewayRoutesToThem()
    {
        var before = await platform.InstancesAsync("booking");
        Assert.All(before, i => Assert.Equal(KnownResourceStates.Running, i.State));
        var restarts = new ConcurrentBag<string>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Name == "frivillighed.apphost.restarts")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) => restarts.Add((string)tags.ToArray().Single(t => t.Key == "resource").Value!));
        listener.Start();

        foreach (var instance in before)
        {
            Process.GetProcessById(ServiceProcess(instance.Pid!.Value)).Kill();
        }

        var after = await Eventually.Returns(() => platform.InstancesAsync("booking"),
            now => now.All(i => i.State == KnownResourceStates.Running && !before.Any(b => b.Pid == i.Pid)),
            "both booking processes running again with new process ids", timeoutSeconds: 90);
        // An operator sees it: each instance's Restarts property in the dashboard, and the restarts metric.
        Assert.All(after, i => Assert.Equal(before.Single(b => b.Id == i.Id).Restarts + 1, i.Restarts));
        Assert.Equal(2, restarts.Count(r => r == "booking"));
        await Eventually.Returns(async () => (await platform.Gateway.GetAsync("/api/facilities")).StatusCode,
            status => status == HttpStatusCode.OK, "the gateway's route to Booking", timeoutSeconds: 60);
    }

    [Fact]
    public async Task PostgresKilled_IsStartedAgainOnItsDataAndPort()
    {
        var before = Assert.Single(await platform.InstancesAsync("postgres"));

        Process.GetProcessById(before.Pid!.Value).Kill();

        await Eventually.Returns(async () => Assert.Single(await platform.InstancesAsync("postgres")),
            now => now.State == KnownResourceStates.Running && now.Pid != before.Pid, "PostgreSQL running again", timeoutSeconds: 90);
        // The services reach the restarted server on its old port.
        await Eventually.Returns(async () => (await platform.Gateway.GetAsync("/api/associations?pageSize=1")).StatusCode,
            status => status == HttpStatusCode.OK, "Associations answering from the restarted PostgreSQL", timeoutSeconds: 60);
    }

    [Fact]
    public async Task AServiceStoppedByAPerson_StaysDown_AndOnlyItsRoutesFail()
    {
        await platform.StopAsync("grants");
        try
        {
            // Once the gateway's probe of /alive has failed three times, the routes answer at once, not after 30 s.
            var grants = await Eventually.Returns(() => platform.Gateway.GetAsync("/api/grants/pools"),
                r => r.StatusCode == HttpStatusCode.ServiceUnavailable, "the grants routes answering 503", timeoutSeconds: 90);
            var problem = await HttpAssert.ProblemAsync(grants, HttpStatusCode.ServiceUnavailable);
            Assert.Equal("The grants service is unavailable.", problem.GetProperty("detail").GetString());
            Assert.NotNull(grants.Headers.RetryAfter);

            // The Supervisor left it stopped; the gateway stays ready and says which part is down.
            Assert.All(await platform.InstancesAsync("grants"), i => Assert.NotEqual(KnownResourceStates.Running, i.State));
            Assert.Equal(HttpStatusCode.OK, (await platform.Gateway.GetAsync("/health")).StatusCode);
            var status = await platform.Gateway.GetAsync("/health/services");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, status.StatusCode);
            var services = (await status.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("services").EnumerateArray()
                .ToDictionary(s => s.GetProperty("name").GetString()!, s => s.GetProperty("status").GetString());
            Assert.Equal("Unhealthy", services["grants"]);
            Assert.All(services.Where(s => s.Key != "grants"), s => Assert.Equal("Healthy", s.Value));
            Assert.Equal(HttpStatusCode.OK, (await platform.Gateway.GetAsync("/api/associations?pageSize=1")).StatusCode);
        }
        finally
        {
            await platform.StartAsync("grants");
        }

        await Eventually.Returns(async () => (await platform.Gateway.GetAsync("/api/grants/pools")).StatusCode,
            s => s == HttpStatusCode.OK, "Grants through the gateway again", timeoutSeconds: 60);
    }

    [Fact]
    public async Task WhileTheDatabaseIsDown_ARequestGets503WithRetryAfter_NotAHang()
    {
        await platform.StopAsync("postgres");
        try
        {
            // The services' bounded retries (3 s) end well inside the gateway's 30 s proxy timeout.
            var response = await platform.Gateway.GetAsync("/api/associations?pageSize=1");

            // From the service itself (its database is gone), or from the gateway once its probe found the service unready.
            var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.ServiceUnavailable);
            Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()));
            Assert.NotNull(response.Headers.RetryAfter);
        }
        finally
        {
            await platform.StartAsync("postgres");
        }

        await Eventually.Returns(async () => (await platform.Gateway.GetAsync("/api/associations?pageSize=1")).StatusCode,
            s => s == HttpStatusCode.OK, "Associations answering again", timeoutSeconds: 60);
    }

    // The AppHost runs a project as `dotnet run`, whose child is the service: a crash is the child's death.
    private static int ServiceProcess(int pid) =>
        File.ReadAllText($"/proc/{pid}/task/{pid}/children").Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var child, ..]
            ? int.Parse(child, System.Globalization.CultureInfo.InvariantCulture)
            : pid;
}
