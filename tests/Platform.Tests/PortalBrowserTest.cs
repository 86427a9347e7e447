namespace Frivillighed.Platform.Tests;

// What every browser test of the portal starts from: the platform (one AppHost for the run), a Chromium of its
// own, and the data the journeys look for.
public abstract class PortalBrowserTest(PlatformFixture platform) : IAsyncLifetime
{
    protected PlatformFixture Platform { get; } = platform;

    protected Browser Browser { get; } = new();

    protected PortalWorld World { get; private set; } = null!;

    protected Uri Portal => Platform.Gateway.BaseAddress!;

    public async Task InitializeAsync()
    {
        await Browser.InitializeAsync();
        World = await PortalWorld.OfAsync(Platform);
    }

    public Task DisposeAsync() => Browser.DisposeAsync();
}
