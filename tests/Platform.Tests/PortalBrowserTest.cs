using System.Net.Http.Json;
using System.Text.Json;
using Frivillighed.Contracts;
using Frivillighed.TestSupport;
using Microsoft.Playwright;

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

    // Signs in through the portal's own "Log på" (the OIDC code flow against Identity's login page) and lands on returnUrl.
    protected async Task<IPage> SignedInPageAsync(DemoUser user, string returnUrl, bool javaScript, int width = 1280)
    {
        var page = await Browser.NewPageAsync(Portal, javaScript, width);
        await page.GotoAsync("/log-paa?returnUrl=" + Uri.EscapeDataString(returnUrl));
        await page.GetByLabel("Brugernavn").FillAsync(user.UserName);
        await page.GetByLabel("Adgangskode").FillAsync(DemoUsers.DevOnlyPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log på" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).PathAndQuery.StartsWith(returnUrl.Split('#')[0], StringComparison.Ordinal));
        return page;
    }

    // The gateway's API as a demo user, for what a test arranges or checks behind the browser's back.
    protected async Task<HttpClient> ApiAsAsync(DemoUser user)
    {
        var client = new HttpClient { BaseAddress = Platform.Gateway.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await Platform.TokenAsync(user));
        return client;
    }

    // A new association of Bo's, approved by staff, known as approved to Booking and Grants (over the bus).
    protected async Task<Guid> ApprovedAssociationAsync(string name, bool childrenUnder15 = false)
    {
        var bo = await ApiAsAsync(DemoUsers.Bo);
        var staff = await ApiAsAsync(DemoUsers.Dorte);
        var body = Registration.Body(name, "Haslev");
        body["hasChildrenUnder15"] = childrenUnder15;
        var id = await bo.RegisterAssociationAsync(body);
        await staff.ApproveAssociationAsync(id);
        foreach (var service in new[] { "bookings", "grants" })
        {
            await Eventually.Returns(async () =>
            {
                var known = await Platform.Gateway.GetAsync($"/api/{service}/associations/{id}");
                return known.IsSuccessStatusCode ? (await known.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString() : null;
            }, s => s == "Approved", $"{service} to know {name} as approved");
        }

        return id;
    }
}
