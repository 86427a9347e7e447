using Aspire.Hosting;
using Aspire.Hosting.Testing;

namespace Frivillighed.Platform.Tests;

// The whole platform, started once for every end-to-end test: the AppHost in local mode, with servers of
// its own under a fresh data folder and no demo data. Tests talk to it only through the gateway.
public sealed class PlatformFixture : IAsyncLifetime
{
    private readonly string dataDir = Path.Combine(Path.GetTempPath(), "frivillighed-e2e-" + Guid.NewGuid().ToString("N")[..8]);
    private DistributedApplication? app;

    public HttpClient Gateway { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
        [
            "--Platform:Infrastructure=local",
            $"--Platform:DataDir={dataDir}",
            "--Platform:SeedDemoData=false",
        ]);
        app = await builder.BuildAsync();
        using var startup = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        await app.StartAsync(startup.Token);
        await app.ResourceNotifications.WaitForResourceHealthyAsync("gateway", startup.Token);
        Gateway = app.CreateHttpClient("gateway");
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
