using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Frivillighed.Platform.Tests;

// Debian's Chromium driven by Playwright (never a downloaded browser): ./platform test installs it, CHROMIUM_PATH
// points elsewhere. Every page a test visits is checked with axe (WCAG 2.1 A and AA) where scripts can run, and
// kept as a full-page screenshot under .data/test-results/screenshots.
public sealed class Browser : IAsyncLifetime
{
    private IPlaywright? playwright;

    public IBrowser Chromium { get; private set; } = null!;

    public static string ScreenshotFolder { get; } = Path.Combine(OpenApiDocumentTests.RepositoryRoot(), ".data", "test-results", "screenshots");

    public async Task InitializeAsync()
    {
        playwright = await Playwright.CreateAsync();
        Chromium = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            // As root in a sandbox-less container; no background traffic on this machine's closed network.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    public async Task<IPage> NewPageAsync(Uri baseAddress, bool javaScript, int width = 1280)
    {
        var context = await Chromium.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            JavaScriptEnabled = javaScript,
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            Locale = "da-DK",
            TimezoneId = "Europe/Copenhagen",
        });
        // A 2-core CI machine runs the whole platform next to the browser: give a first sign-in time to warm up.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        return await context.NewPageAsync();
    }

    // What every visited page must pass: no axe violation (WCAG 2.1 A/AA), one h1, the language, and a screenshot.
    public static async Task CheckAsync(IPage page, string name, bool javaScript)
    {
        Assert.Equal("da", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal(1, await page.Locator("h1").CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, $"{name}-{(javaScript ? "js" : "nojs")}.png"), FullPage = true });
        if (!javaScript)
        {
            return; // axe is a script: it runs in the JavaScript-on run of the same journey.
        }

        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        Assert.True(result.Violations.Length == 0, $"axe on {name} ({page.Url}): " + string.Join("; ",
            result.Violations.Select(v => $"{v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))}")));
    }

    public async Task DisposeAsync()
    {
        if (Chromium is not null)
        {
            await Chromium.CloseAsync();
        }

        playwright?.Dispose();
    }
}
