using System.Text.RegularExpressions;
using Frivillighed.Contracts;
using Microsoft.Playwright;

namespace Frivillighed.Platform.Tests;

// The public journeys of the portal in a real browser, through the gateway's one address, each once with
// JavaScript on (axe checks every page) and once with it off (plain links and form posts).
[Collection(PlatformCollection.Name)]
public sealed class PortalJourneyTests(PlatformFixture platform) : PortalBrowserTest(platform)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task FindAnAssociation_ByADanishWord_AndReadItsPage(bool javaScript)
    {
        var page = await Browser.NewPageAsync(Portal, javaScript);

        await page.GotoAsync("/");
        await Browser.CheckAsync(page, "forside", javaScript);
        await page.GetByLabel("Søg efter foreninger, arrangementer og frivilligt arbejde").FillAsync($"fodbold {World.Tag}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Søg" }).ClickAsync();
        await Browser.CheckAsync(page, "soeg", javaScript);
        Assert.Contains(World.AssociationName, await page.Locator("main").InnerTextAsync());

        await page.GotoAsync("/foreninger?q=" + Uri.EscapeDataString($"fodboldklub {World.Tag}") + "&by=Haslev");
        await Browser.CheckAsync(page, "foreninger", javaScript);
        await page.GetByRole(AriaRole.Link, new() { Name = World.AssociationName }).ClickAsync();
        await Browser.CheckAsync(page, "forening", javaScript);
        Assert.Equal(World.AssociationName, await page.Locator("h1").InnerTextAsync());
        var main = await page.Locator("main").InnerTextAsync();
        Assert.Contains($"Fodboldtræner til U10 {World.Tag}", main);
        Assert.Contains("kontakt@haslevfodbold.example", main);
        Assert.DoesNotContain(DemoUsers.Bo.DisplayName, main);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task FindVolunteerWork_ByTownAndWord(bool javaScript)
    {
        var page = await Browser.NewPageAsync(Portal, javaScript);

        await page.GotoAsync("/frivillig");
        await page.GetByLabel("Søg").FillAsync($"træner {World.Tag}");
        await page.GetByLabel("By").SelectOptionAsync("Haslev");
        await page.GetByRole(AriaRole.Button, new() { Name = "Vis opslag" }).ClickAsync();

        await Browser.CheckAsync(page, "frivillig", javaScript);
        Assert.Contains("Skriv til træner@haslevfodbold.example", await page.Locator("main").InnerTextAsync());
    }

    // Registration until the receipt, a form with errors on the way (input kept, summary linking to the field),
    // the waiting list with its true position, and cancellation through the personal link, which promotes the next.
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task RegisterForAnEvent_ThenCancelThroughThePersonalLink(bool javaScript)
    {
        var page = await Browser.NewPageAsync(Portal, javaScript);
        await page.GotoAsync("/arrangementer");
        await Browser.CheckAsync(page, "arrangementer", javaScript);
        await page.GetByRole(AriaRole.Link, new() { Name = World.EventTitle }).ClickAsync();
        await Browser.CheckAsync(page, "arrangement", javaScript);

        await page.GetByLabel("Navn").FillAsync("Anne Frivillig");
        await page.GetByLabel("E-mail").FillAsync("ikke-en-adresse");
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("Tilmeld mig|Skriv mig på ventelisten") }).ClickAsync();
        await Browser.CheckAsync(page, "arrangement-fejl", javaScript);
        Assert.Equal("Anne Frivillig", await page.GetByLabel("Navn").InputValueAsync());
        Assert.Equal("ikke-en-adresse", await page.GetByLabel("E-mail").InputValueAsync());
        Assert.Equal("true", await page.GetByLabel("E-mail").GetAttributeAsync("aria-invalid"));
        Assert.Equal("#email", await page.Locator("#fejl a").First.GetAttributeAsync("href"));

        await page.GetByLabel("E-mail").FillAsync($"anne.{javaScript}@example.dk");
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("Tilmeld mig|Skriv mig på ventelisten") }).ClickAsync();
        await Browser.CheckAsync(page, "kvittering", javaScript);
        var receipt = page.Url;
        var heading = await page.Locator("h1").InnerTextAsync();
        Assert.Matches("Kvittering for tilmelding|Du er på ventelisten", heading);
        var ics = await page.GetByRole(AriaRole.Link, new() { Name = "Tilføj til kalender" }).GetAttributeAsync("href");
        Assert.StartsWith("BEGIN:VCALENDAR", await Platform.Gateway.GetStringAsync(ics));

        // The one seat is taken now: the next person waits, and is told where in the queue.
        var second = await Browser.NewPageAsync(Portal, javaScript);
        await second.GotoAsync($"/arrangementer/{World.Event}");
        await second.GetByLabel("Navn").FillAsync("Bent Venter");
        await second.GetByLabel("E-mail").FillAsync($"bent.{javaScript}@example.dk");
        await second.GetByRole(AriaRole.Button, new() { Name = "Skriv mig på ventelisten" }).ClickAsync();
        await Browser.CheckAsync(second, "venteliste", javaScript);
        Assert.Matches(@"Du er nummer \d+ på ventelisten", await second.Locator("main").InnerTextAsync());

        await page.GotoAsync(receipt);
        await page.GetByRole(AriaRole.Link, new() { Name = "Afmeld tilmeldingen" }).ClickAsync();
        await Browser.CheckAsync(page, "afmeld", javaScript);
        await page.GetByRole(AriaRole.Button, new() { Name = "Ja, afmeld mig" }).ClickAsync();
        await Browser.CheckAsync(page, "afmeldt", javaScript);
        Assert.Equal("Tilmeldingen er afmeldt", await page.Locator("h1").InnerTextAsync());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task FindAFreeHallOnTuesdayEvening_AndSeeItsWeek(bool javaScript)
    {
        var page = await Browser.NewPageAsync(Portal, javaScript);
        var today = DateOnly.FromDateTime(DateTime.Today);
        var tuesday = today.AddDays(((int)DayOfWeek.Tuesday - (int)today.DayOfWeek + 7) % 7 + 7);

        await page.GotoAsync("/lokaler?by=Haslev&koerestol=true&teleslynge=true");
        await Browser.CheckAsync(page, "lokaler", javaScript);
        await page.GetByRole(AriaRole.Link, new() { Name = World.FacilityName }).ClickAsync();
        await Browser.CheckAsync(page, "lokale", javaScript);
        var week = page.Locator("table#uge");
        Assert.Contains("Ledig", await week.InnerTextAsync());
        Assert.Equal(8, await week.Locator("thead th[scope=col]").CountAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "Næste uge" }).ClickAsync();
        Assert.Contains("uge", await page.Locator("h2#ugen").InnerTextAsync());

        await page.GotoAsync($"/lokaler/ledige?dato={tuesday:yyyy-MM-dd}&fra=18:00&til=17:00&type=Hall&by=Haslev");
        await Browser.CheckAsync(page, "ledige-fejl", javaScript);
        Assert.Contains("Sluttidspunktet skal ligge efter starttidspunktet.", await page.Locator("main").InnerTextAsync());
        await page.GotoAsync($"/lokaler/ledige?dato={tuesday:yyyy-MM-dd}&fra=17:00&til=19:00&type=Hall&by=Haslev&personer=20");
        await Browser.CheckAsync(page, "ledige", javaScript);
        Assert.Contains(World.FacilityName, await page.Locator("main").InnerTextAsync());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ReadAPoolsLedger_AndDownloadIt(bool javaScript)
    {
        var page = await Browser.NewPageAsync(Portal, javaScript);

        await page.GotoAsync("/tilskud");
        await Browser.CheckAsync(page, "tilskud", javaScript);
        await page.GetByRole(AriaRole.Link, new() { Name = World.PoolName }).ClickAsync();
        await Browser.CheckAsync(page, "pulje", javaScript);
        var ledger = await page.Locator("table#bevillinger").InnerTextAsync();
        Assert.Contains(World.AssociationName, ledger);
        Assert.Contains("15.000,00 kr.", ledger);
        Assert.Contains("Når nye unge; udstyr dækkes delvist", ledger);
        var csv = await Platform.Gateway.GetAsync(await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Hent bevillingerne som CSV") }).GetAttributeAsync("href"));
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Contains(World.AssociationName, await csv.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AccessibilityStatement_IsLinkedFromTheFooter_AndAnUnknownAddressIsAFriendly404(bool javaScript)
    {
        var page = await Browser.NewPageAsync(Portal, javaScript);

        await page.GotoAsync("/tilskud");
        await page.Locator("footer").GetByRole(AriaRole.Link, new() { Name = "Tilgængelighedserklæring" }).ClickAsync();
        await Browser.CheckAsync(page, "was", javaScript);
        Assert.EndsWith("/was", page.Url);

        var missing = await page.GotoAsync("/findes-ikke");
        Assert.Equal(404, missing!.Status);
        await Browser.CheckAsync(page, "404", javaScript);
        Assert.Equal("Siden findes ikke", await page.Locator("h1").InnerTextAsync());
        var unknownEvent = await page.GotoAsync($"/arrangementer/{Guid.NewGuid()}");
        Assert.Equal(404, unknownEvent!.Status);
    }

    // Sign-in by the authorization code flow with PKCE, Min side from the API, and sign-out by a form POST.
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task SignInAsARepresentative_SeeTheirAssociations_AndSignOut(bool javaScript)
    {
        var page = await Browser.NewPageAsync(Portal, javaScript);

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Log på" }).ClickAsync();
        await Browser.CheckAsync(page, "log-paa", javaScript);
        await page.GetByLabel("Brugernavn").FillAsync(DemoUsers.Bo.UserName);
        await page.GetByLabel("Adgangskode").FillAsync("forkert");
        await page.GetByRole(AriaRole.Button, new() { Name = "Log på" }).ClickAsync();
        await Browser.CheckAsync(page, "log-paa-fejl", javaScript);
        await page.GetByLabel("Brugernavn").FillAsync(DemoUsers.Bo.UserName);
        await page.GetByLabel("Adgangskode").FillAsync(DemoUsers.DevOnlyPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log på" }).ClickAsync();

        // Bo represents several associations: he lands on the choice between them.
        await page.WaitForURLAsync(new Regex("/min-forening$"));
        await Browser.CheckAsync(page, "min-side", javaScript);
        Assert.Contains(DemoUsers.Bo.DisplayName, await page.Locator("header").InnerTextAsync());
        var mine = await page.Locator("main").InnerTextAsync();
        Assert.Contains(World.AssociationName, mine);
        Assert.Contains("Formand", mine);
        // The session is a key to what the portal keeps: HttpOnly, SameSite, small, no token in the browser.
        var session = Assert.Single(await page.Context.CookiesAsync(), c => c.Name == "frivillighed.portal");
        Assert.True(session.HttpOnly);
        Assert.Equal(SameSiteAttribute.Lax, session.SameSite);
        Assert.True(session.Value.Length < 1000, $"the session cookie is {session.Value.Length} characters");
        // Here every request replaces the access token with the (rotating) refresh token first. A failed refresh
        // ends the session, and the page would then sign in anew through /signin-oidc: it must not.
        var signIns = 0;
        page.Request += (_, request) => signIns += request.Url.Contains("/signin-oidc") ? 1 : 0;
        for (var i = 0; i < 3; i++)
        {
            await page.ReloadAsync();
            Assert.EndsWith("/min-forening", page.Url);
            Assert.Contains(World.AssociationName, await page.Locator("main").InnerTextAsync());
        }

        Assert.Equal(0, signIns);

        await page.GetByRole(AriaRole.Button, new() { Name = "Log af" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/$"));
        Assert.Equal(1, await page.Locator("header").GetByRole(AriaRole.Link, new() { Name = "Log på" }).CountAsync());
        var again = await page.GotoAsync("/min-side");
        Assert.Contains("/account/login", page.Url);
        Assert.True(again!.Ok);
    }
}
