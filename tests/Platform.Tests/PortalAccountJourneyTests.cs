using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Frivillighed.Contracts;
using Frivillighed.TestSupport;
using Microsoft.Playwright;

namespace Frivillighed.Platform.Tests;

// A citizen makes an account of their own: sign up, confirm by the link in the mail, sign in and act; a forgotten
// password through the mail; no answer tells whether an address has an account. In a real browser, JavaScript on
// (axe on every page) and off; the mails read in the real smtp4dev.
[Collection(PlatformCollection.Name)]
public sealed class PortalAccountJourneyTests(PlatformFixture platform) : PortalBrowserTest(platform)
{
    private const string Password = "Vi spiller kroket hver tirsdag";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task SignUp_ConfirmByTheMail_SignIn_AndBookForANewAssociation(bool javaScript)
    {
        var email = $"lise-{Guid.NewGuid():N}@example.invalid";
        var page = await Browser.NewPageAsync(Portal, javaScript);
        await page.GotoAsync("/log-paa?returnUrl=/min-side");
        await page.GetByRole(AriaRole.Link, new() { Name = "Opret en bruger" }).ClickAsync();
        await Browser.CheckAsync(page, "opret-bruger", javaScript);

        await page.GetByLabel("Dit navn").FillAsync("Lise Nybruger");
        await page.GetByLabel("E-mailadresse").FillAsync(email);
        await page.GetByLabel("Adgangskode").FillAsync("kroket");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opret bruger" }).ClickAsync();
        await Browser.CheckAsync(page, "opret-bruger-fejl", javaScript);
        Assert.Equal("Lise Nybruger", await page.GetByLabel("Dit navn").InputValueAsync());
        Assert.Equal(email, await page.GetByLabel("E-mailadresse").InputValueAsync());
        Assert.Contains("mindst 15 tegn", await page.Locator("#password-error").InnerTextAsync());
        Assert.Equal("#password", await page.Locator(".alert-error a").First.GetAttributeAsync("href"));

        await page.GetByLabel("Adgangskode").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Opret bruger" }).ClickAsync();
        await page.WaitForSelectorAsync("h1:has-text('Tjek din mail')");
        await Browser.CheckAsync(page, "opret-bruger-tjek-mail", javaScript);

        // Before the address is confirmed, the account cannot act.
        Assert.Equal(HttpStatusCode.BadRequest, (await TokenResponseAsync(email, Password)).StatusCode);

        var mail = await Platform.Mail.WaitForAsync(email, "Bekræft din e-mailadresse");
        var text = await Platform.Mail.TextAsync(mail);
        Assert.Contains("Kære Lise Nybruger", text);
        // The mail as a mail program shows it.
        var inbox = await Browser.NewPageAsync(Portal, javaScript: false, width: 700);
        await inbox.SetContentAsync(await Platform.Mail.HtmlAsync(mail));
        await inbox.ScreenshotAsync(new() { Path = Path.Combine(Browser.ScreenshotFolder, $"mail-bekraeft-{(javaScript ? "js" : "nojs")}.png"), FullPage = true });
        await page.GotoAsync(MailInbox.Link(text, Portal.GetLeftPart(UriPartial.Authority) + "/account/confirm"));
        await Browser.CheckAsync(page, "bekraeft-mail", javaScript);
        await page.GetByRole(AriaRole.Button, new() { Name = "Bekræft e-mailadressen" }).ClickAsync();
        await page.WaitForSelectorAsync("h1:has-text('E-mailadressen er bekræftet')");
        await Browser.CheckAsync(page, "mail-bekraeftet", javaScript);

        await page.GetByRole(AriaRole.Link, new() { Name = "Log på" }).Last.ClickAsync();
        await page.GetByLabel("E-mail eller brugernavn").FillAsync(email);
        await page.GetByLabel("Adgangskode").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log på" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/min-side$"));
        Assert.Contains("Lise Nybruger", await page.Locator("header").InnerTextAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "Mails og påmindelser" }).ClickAsync();
        await page.WaitForSelectorAsync($"text={email}");
        await Browser.CheckAsync(page, "mails-og-paamindelser", javaScript);
        await page.GetByLabel("Nej, kun afgørelser og beskeder").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem mit valg" }).ClickAsync();
        await page.WaitForSelectorAsync("text=Du får ikke påmindelser.");

        // The new account acts: it registers an association, staff approve it, and it books; the mail reaches it.
        var lise = new HttpClient { BaseAddress = Portal };
        lise.DefaultRequestHeaders.Authorization = new("Bearer", (await (await TokenResponseAsync(email, Password)).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("access_token").GetString());
        var association = await lise.RegisterAssociationAsync(Registration.Body($"Rønnede Kroketklub {Guid.NewGuid().ToString("N")[..5]}", "Rønnede"));
        await (await ApiAsAsync(DemoUsers.Dorte)).ApproveAssociationAsync(association);
        var day = DateOnly.FromDateTime(DateTime.Now).AddDays(21 + (javaScript ? 0 : 1)).ToString("yyyy-MM-dd");
        var booked = await Eventually.Returns(() => lise.PostAsJsonAsync("/api/bookings", new
        {
            facilityId = World.Facility, associationId = association, date = day, start = "08:00", end = "09:00", activity = "Kroket",
        }), r => r.StatusCode != HttpStatusCode.Forbidden && r.StatusCode != HttpStatusCode.Conflict, "Booking to know the association as approved");
        Assert.Equal(HttpStatusCode.Created, booked.StatusCode);
        var confirmation = await Platform.Mail.WaitForAsync(email, "Booking bekræftet");
        Assert.Contains(World.FacilityName, await Platform.Mail.TextAsync(confirmation));

        // Staff can answer "did she get it?".
        var staff = await SignedInPageAsync(DemoUsers.Dorte, "/kommune/mails?q=" + Uri.EscapeDataString(email), javaScript);
        await Browser.CheckAsync(staff, "kommune-mails", javaScript);
        var log = await staff.Locator("#mails").InnerTextAsync();
        Assert.Contains("Bekræft din e-mailadresse", log);
        Assert.Contains("Booking bekræftet", log);
        Assert.Contains("Sendt", log);
    }

    [Fact]
    public async Task AForgottenPassword_IsReplacedThroughTheMail_AndNoAnswerTellsWhetherAnAddressHasAnAccount()
    {
        var email = $"jens-{Guid.NewGuid():N}@example.invalid";
        var unknown = $"ingen-{Guid.NewGuid():N}@example.invalid";
        var page = await Browser.NewPageAsync(Portal, javaScript: true);
        await SignUpAsync(page, "Jens Glemsom", email);
        await page.GotoAsync(MailInbox.Link(await Platform.Mail.TextAsync(await Platform.Mail.WaitForAsync(email, "Bekræft din e-mailadresse")),
            Portal.GetLeftPart(UriPartial.Authority) + "/account/confirm"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Bekræft e-mailadressen" }).ClickAsync();
        await page.WaitForSelectorAsync("h1:has-text('E-mailadressen er bekræftet')");

        // Signing up again with a known address answers as for a new one; the owner is told by mail.
        var knownAnswer = await SignUpAsync(page, "Jens Glemsom", email);
        var newAnswer = await SignUpAsync(page, "Jens Glemsom", unknown);
        Assert.Equal(knownAnswer.Replace(email, "ADRESSE"), newAnswer.Replace(unknown, "ADRESSE"));
        await Platform.Mail.WaitForAsync(email, "Du har allerede en bruger");

        async Task<string> ForgotAsync(string address)
        {
            await page.GotoAsync("/account/forgot");
            await page.GetByLabel("E-mailadresse").FillAsync(address);
            await page.GetByRole(AriaRole.Button, new() { Name = "Send link" }).ClickAsync();
            await page.WaitForSelectorAsync("h1:has-text('Tjek din mail')");
            return (await page.Locator("main").InnerTextAsync()).Replace(address, "ADRESSE");
        }

        Assert.Equal(await ForgotAsync(email), await ForgotAsync($"ukendt-{Guid.NewGuid():N}@example.invalid"));
        await Browser.CheckAsync(page, "glemt-adgangskode-tjek-mail", javaScript: true);

        var reset = await Platform.Mail.WaitForAsync(email, "Vælg en ny adgangskode");
        var link = MailInbox.Link(await Platform.Mail.TextAsync(reset), Portal.GetLeftPart(UriPartial.Authority) + "/account/reset");
        await page.GotoAsync(link);
        await Browser.CheckAsync(page, "ny-adgangskode", javaScript: true);
        await page.GetByLabel("Ny adgangskode").FillAsync("Husk altid at lukke vinduet i køkkenet");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem adgangskoden" }).ClickAsync();
        await page.WaitForSelectorAsync("h1:has-text('Adgangskoden er skiftet')");
        Assert.Equal(HttpStatusCode.OK, (await TokenResponseAsync(email, "Husk altid at lukke vinduet i køkkenet")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await TokenResponseAsync(email, Password)).StatusCode);

        // The link works once.
        await page.GotoAsync(link);
        Assert.Equal("Linket virker ikke længere", await page.Locator("h1").InnerTextAsync());
    }

    private async Task<string> SignUpAsync(IPage page, string name, string email)
    {
        await page.GotoAsync("/account/register");
        await page.GetByLabel("Dit navn").FillAsync(name);
        await page.GetByLabel("E-mailadresse").FillAsync(email);
        await page.GetByLabel("Adgangskode").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Opret bruger" }).ClickAsync();
        await page.WaitForSelectorAsync("h1:has-text('Tjek din mail')");
        return await page.Locator("main").InnerTextAsync();
    }

    private Task<HttpResponseMessage> TokenResponseAsync(string userName, string password) =>
        Platform.Gateway.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["username"] = userName, ["password"] = password, ["client_id"] = "frivillighed-dev", ["scope"] = "frivillighed-api roles",
        }));
}
