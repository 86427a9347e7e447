using System.Net;
using System.Text.RegularExpressions;
using Frivillighed.TestSupport;
using Microsoft.Playwright;

namespace Frivillighed.Platform.Tests;

// A citizen signs up for an event while the Events service is down: the portal's polite page keeps what they
// typed, and once the service is back one press (by keyboard) sends it, with JavaScript on and off.
[Collection(PlatformCollection.Name)]
public class PortalOutageJourneyTests(PlatformFixture platform) : PortalBrowserTest(platform)
{
    private static readonly Regex SignUp = new("Tilmeld mig|Skriv mig på ventelisten");

    [Fact]
    public async Task AFormSentWhileItsServiceIsDown_IsKept_AndSentAgainWithOnePress()
    {
        var pages = new Dictionary<bool, IPage>();
        foreach (var javaScript in new[] { true, false })
        {
            var page = pages[javaScript] = await Browser.NewPageAsync(Portal, javaScript);
            await page.GotoAsync($"/arrangementer/{World.Event}");
            await page.GetByLabel("Navn").FillAsync("Ulla Udfald");
            await page.GetByLabel("E-mail").FillAsync($"ulla.{javaScript}@example.dk");
        }

        await Platform.StopAsync("events");
        try
        {
            foreach (var (javaScript, page) in pages)
            {
                // Sent at once after the stop: the portal waits at most 20 s for Events before it answers.
                await page.GetByRole(AriaRole.Button, new() { NameRegex = SignUp }).ClickAsync();
                Assert.Equal("Tjenesten svarer ikke lige nu", await page.Locator("h1").InnerTextAsync());
                Assert.Contains("Det, du skrev, er ikke sendt endnu", await page.Locator("main").InnerTextAsync());
                await Browser.CheckAsync(page, "tjeneste-nede", javaScript);
            }
        }
        finally
        {
            await Platform.StartAsync("events");
        }

        await Eventually.Returns(async () => (await Platform.Gateway.GetAsync($"/api/events/{World.Event}")).StatusCode,
            s => s == HttpStatusCode.OK, "Events through the gateway again", timeoutSeconds: 60);
        foreach (var page in pages.Values)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Send igen" }).FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForURLAsync(new Regex("/arrangementer/tilmelding/"));
            Assert.Matches("Kvittering for tilmelding|Du er på ventelisten", await page.Locator("h1").InnerTextAsync());
        }
    }
}
