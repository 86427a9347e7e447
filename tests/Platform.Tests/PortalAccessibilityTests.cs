using Microsoft.Playwright;

namespace Frivillighed.Platform.Tests;

// What axe cannot see: a journey done by keyboard alone (skip link, Tab to each field, Enter to send), and
// every page reflowing at 320 CSS px without sideways scrolling (tables scroll inside their own box).
[Collection(PlatformCollection.Name)]
public sealed class PortalAccessibilityTests(PlatformFixture platform) : PortalBrowserTest(platform)
{
    [Fact]
    public async Task EventRegistration_CanBeDoneByKeyboardAlone()
    {
        var page = await Browser.NewPageAsync(Portal, javaScript: true);
        await page.GotoAsync($"/arrangementer/{World.Event}");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Gå til sidens indhold", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("indhold", await page.EvaluateAsync<string>("document.activeElement.id"));
        Assert.True(await page.EvaluateAsync<bool>("getComputedStyle(document.activeElement).outlineStyle !== 'none' || document.activeElement.id === 'indhold'"));

        await TabToAsync(page, "navn");
        Assert.NotEqual("none", await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineStyle"));
        await page.Keyboard.TypeAsync("Karen Tastatur");
        await TabToAsync(page, "email");
        await page.Keyboard.TypeAsync("karen@example.dk");
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/arrangementer/tilmelding/"));
        Assert.Matches("Kvittering for tilmelding|Du er på ventelisten", await page.Locator("h1").InnerTextAsync());
        await TabToAsync(page, "a[href*='afmeld']", bySelector: true);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/afmeld"));
        await TabToAsync(page, "button[type=submit]", bySelector: true);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/arrangementer/tilmelding/[^/]+\\?"));
        Assert.Equal("Tilmeldingen er afmeldt", await page.Locator("h1").InnerTextAsync());
    }

    [Fact]
    public async Task EveryPublicPage_ReflowsAt320Pixels()
    {
        var page = await Browser.NewPageAsync(Portal, javaScript: true, width: 320);
        string[] pages =
        [
            "/", $"/soeg?q=fodbold", "/foreninger", $"/foreninger/{World.Association}", "/frivillig", "/arrangementer", $"/arrangementer/{World.Event}",
            "/lokaler", $"/lokaler/{World.Facility}", "/lokaler/ledige", "/tilskud", $"/tilskud/{World.Pool}", "/was", "/findes-ikke",
        ];
        foreach (var path in pages)
        {
            await page.GotoAsync(path);
            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 0, $"{path} scrolls sideways by {overflow} px at 320 px");
            await page.ScreenshotAsync(new PageScreenshotOptions
            {
                Path = Path.Combine(Browser.ScreenshotFolder, $"320{(path == "/" ? "-forside" : path.Split('?')[0].Replace('/', '-'))}.png"),
                FullPage = true,
            });
        }
    }

    // Tab until the element (by id, or by selector) has focus; fails if it cannot be reached within 80 presses.
    internal static async Task TabToAsync(IPage page, string target, bool bySelector = false)
    {
        var script = bySelector ? $"document.activeElement && document.activeElement.matches(\"{target}\")" : $"document.activeElement && document.activeElement.id === '{target}'";
        for (var i = 0; i < 80; i++)
        {
            if (await page.EvaluateAsync<bool>(script))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"{target} cannot be reached with the Tab key");
    }
}
