using Aspire.Hosting;
using System.Net.Http.Json;
using Aspire.Hosting.Testing;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;

namespace Frivillighed.Platform.Tests;

// The whole platform, started once for every end-to-end test: the AppHost in local mode, with servers of
// its own under a fresh data folder and no demo data, and two replicas of every service, the portal and the
// gateway (behind the AppHost's proxies, which spread requests over them). Tests talk to it only through the gateway.
public sealed class PlatformFixture : IAsyncLifetime
{
    private readonly string dataDir = Path.Combine(Path.GetTempPath(), "frivillighed-e2e-" + Guid.NewGuid().ToString("N")[..8]);
    private DistributedApplication? app;

    public const int AnonymousPermitLimit = 300;

    public const int Replicas = 2;

    public HttpClient Gateway { get; private set; } = null!;

    // The portal itself, as the gateway reaches it (tests use it to play the gateway's part: X-Forwarded-For).
    public HttpClient Portal { get; private set; } = null!;

    // The platform's own mail server (smtp4dev): its HTTP API reads every mail the platform sent.
    public MailInbox Mail { get; private set; } = null!;

    // Stops or starts a resource by name, as the dashboard's buttons do (e.g. "mail" for an SMTP outage).
    public Task StopAsync(string resource) => Command(resource, KnownResourceCommands.StopCommand);

    public async Task StartAsync(string resource)
    {
        await Command(resource, KnownResourceCommands.StartCommand);
        await app!.ResourceNotifications.WaitForResourceHealthyAsync(resource);
    }

    private async Task Command(string resource, string command)
    {
        // Every instance of a resource with replicas, one after the other.
        foreach (var instance in await InstancesAsync(resource))
        {
            var result = await app!.Services.GetRequiredService<ResourceCommandService>().ExecuteCommandAsync(instance.Id, command);
            Assert.True(result.Success, $"{command} {instance.Id}: {result.Message}");
        }
    }

    public async Task InitializeAsync()
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
        [
            "--Platform:Infrastructure=local",
            $"--Platform:DataDir={dataDir}",
            "--Platform:SeedDemoData=false",
            $"--Platform:Replicas={Replicas}",
            // Development: the services then accept the demo users' dev-only password sign-in.
            "--environment=Development",
            // The browser tests and the direct API calls are all anonymous callers from 127.0.0.1 (one budget).
            $"--Platform:GatewayPermitLimit={AnonymousPermitLimit}",
            // The portal refreshes a signed-in user's access token on every request (it lives 30 minutes).
            "--Platform:PortalRefreshMargin=00:30:00",
        ]);
        app = await builder.BuildAsync();
        // Seventeen processes start at once on CI's two cores, beside the other test projects.
        using var startup = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        var started = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            await app.StartAsync(startup.Token);
            await app.ResourceNotifications.WaitForResourceHealthyAsync("gateway", startup.Token);
        }
        catch (OperationCanceledException) when (startup.IsCancellationRequested)
        {
            var states = await InstanceStatesAsync();
            throw new TimeoutException("The platform did not start within 10 minutes. Instances:\n"
                + string.Join("\n", states.SelectMany(r => r.Select(i => $"{r.Key} {i}"))));
        }
        Console.WriteLine($"The platform ({Replicas} replicas) was ready after {started.Elapsed.TotalSeconds:0} s.");
        Gateway = app.CreateHttpClient("gateway");
        Portal = app.CreateHttpClient("portal");
        Mail = new MailInbox(app.CreateHttpClient("mail", "http"));
    }

    // The running instances of each resource, as the dashboard lists them (resource name -> instance ids).
    public async Task<ILookup<string, string>> InstanceStatesAsync()
    {
        var states = new Dictionary<string, (string Resource, string? State)>();
        using var watch = new CancellationTokenSource(TimeSpan.FromSeconds(3));
        try
        {
            await foreach (var update in app!.ResourceNotifications.WatchAsync(watch.Token))
            {
                states[update.ResourceId] = (update.Resource.Name, update.Snapshot.State?.Text);
            }
        }
        catch (OperationCanceledException)
        {
            // WatchAsync replays every instance's current state first, then waits for changes: three seconds suffice.
        }

        return states.ToLookup(s => s.Value.Resource, s => $"{s.Key}: {s.Value.State}");
    }

    // Each instance of a resource now: its id, state, process id (for a test that kills one) and how often the
    // platform has started it again.
    public async Task<IReadOnlyList<(string Id, string? State, int? Pid, int Restarts)>> InstancesAsync(string resource)
    {
        var instances = new Dictionary<string, (string? State, int? Pid, int Restarts)>();
        using var watch = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            await foreach (var update in app!.ResourceNotifications.WatchAsync(watch.Token))
            {
                if (update.Resource.Name == resource)
                {
                    int? Property(string name) => update.Snapshot.Properties.FirstOrDefault(p => p.Name == name)?.Value is { } value
                        ? Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)
                        : null;
                    instances[update.ResourceId] = (update.Snapshot.State?.Text, Property("executable.pid"), Property("frivillighed.restarts") ?? 0);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The current states come first; then it waits for changes.
        }

        return instances.Select(i => (i.Key, i.Value.State, i.Value.Pid, i.Value.Restarts)).ToList();
    }

    // The last lines an instance wrote (e.g. why one stopped), for a failure message.
    public async Task<string> LogTailAsync(string instanceId)
    {
        var lines = new List<string>();
        using var watch = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            await foreach (var batch in app!.Services.GetRequiredService<ResourceLoggerService>().WatchAsync(instanceId).WithCancellation(watch.Token))
            {
                lines.AddRange(batch.Select(l => l.Content));
            }
        }
        catch (OperationCanceledException)
        {
            // The backlog comes first; then it waits for more.
        }

        return string.Join("\n", lines.TakeLast(40));
    }

    // A real access token from the Identity service, through the gateway (password flow: Development only).
    public Task<string> TokenAsync(Frivillighed.Contracts.DemoUser user) => RequestTokenAsync(new Dictionary<string, string>
    {
        ["grant_type"] = "password",
        ["username"] = user.UserName,
        ["password"] = Frivillighed.Contracts.DemoUsers.DevOnlyPassword,
        ["client_id"] = "frivillighed-dev",
        ["scope"] = "frivillighed-api roles",
    });

    public Task<string> ClientCredentialsTokenAsync(string clientId, string secret) => RequestTokenAsync(new Dictionary<string, string>
    {
        ["grant_type"] = "client_credentials",
        ["client_id"] = clientId,
        ["client_secret"] = secret,
        ["scope"] = "frivillighed-api",
    });

    private async Task<string> RequestTokenAsync(Dictionary<string, string> form)
    {
        var response = await Gateway.PostAsync("/connect/token", new FormUrlEncodedContent(form));
        var body = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        Assert.True(response.IsSuccessStatusCode, $"token request failed: {body}");
        return body.GetProperty("access_token").GetString()!;
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        if (Directory.Exists(dataDir))
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformFixture>
{
    public const string Name = "platform";
}
