using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Frivillighed.Contracts;
using Frivillighed.TestSupport;
using Microsoft.Playwright;

namespace Frivillighed.Platform.Tests;

// The yearly statutory grants, the documents and the volunteer insurance register in a real browser, each journey
// with JavaScript on (axe on every page) and off. One scheme of a kind a year: the two runs use different years.
[Collection(PlatformCollection.Name)]
public sealed class PortalStatutoryGrantsJourneyTests(PlatformFixture platform) : PortalBrowserTest(platform)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.Now);

    // Staff set up the year's activity grant in the portal, compute it from the member counts and approve it; the
    // association reads its grant with the basis line by line (FOL §19).
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task StaffComputeAndApproveTheActivityGrants_AndTheAssociationSeesTheBasis(bool javaScript)
    {
        var year = javaScript ? Today.Year : Today.Year - 1;
        var name = $"Haslev Håndbold {Guid.NewGuid().ToString("N")[..5]}";
        var association = await ApprovedAssociationAsync(name);
        var bo = await ApiAsAsync(DemoUsers.Bo);
        var reported = await bo.PostAsJsonAsync($"/api/associations/{association}/member-counts",
            new { year = year - 1, lines = new[] { new { activity = "Håndbold", under25 = 120, age25AndOver = 30 } } });
        Assert.Equal(HttpStatusCode.Created, reported.StatusCode);

        var page = await SignedInPageAsync(DemoUsers.Dorte, "/kommune/aarlige-tilskud", javaScript);
        await Browser.CheckAsync(page, "kommune-aarlige-tilskud", javaScript);
        await page.GetByLabel("Tilskud", new() { Exact = true }).SelectOptionAsync("ActivityGrant");
        await page.GetByLabel("Året, tilskuddet udbetales i").FillAsync(year.ToString());
        await page.GetByLabel("Budget (kr.)").FillAsync("2.000.000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opret tilskuddet" }).ClickAsync();
        await Browser.CheckAsync(page, "kommune-aarlige-tilskud-fejl", javaScript);
        Assert.Contains("satsen pr. medlem", await page.Locator("#sats-error").InnerTextAsync());
        Assert.Equal("2.000.000", await page.GetByLabel("Budget (kr.)").InputValueAsync());
        await page.GetByLabel("Sats pr. medlem under 25 år (kr.)").FillAsync("150");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opret tilskuddet" }).ClickAsync();
        await page.WaitForSelectorAsync($"h1:has-text('Aktivitetstilskud {year}')");
        var pool = Guid.Parse(page.Url.Split('/').Last());

        // Grants hears of the count over the bus; until then the association is among those without a count.
        var staff = await ApiAsAsync(DemoUsers.Dorte);
        await Eventually.Returns(async () =>
        {
            var run = await (await staff.PostAsync($"/api/grants/statutory/{pool}/activity-runs", null)).Content.ReadFromJsonAsync<JsonElement>();
            return run.GetProperty("lines").EnumerateArray().Any(l => l.GetProperty("associationId").GetGuid() == association);
        }, found => found, "Grants to know the member count");
        await page.ReloadAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Beregn igen" }).ClickAsync();
        await page.WaitForSelectorAsync("text=Tilskuddene er beregnet");
        await Browser.CheckAsync(page, "kommune-aktivitetstilskud", javaScript);
        var row = page.Locator("table#beregning tr", new() { HasText = name });
        Assert.Contains("18.000", await row.InnerTextAsync());
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Godkend og udbetal") }).ClickAsync();
        await page.WaitForSelectorAsync("text=Tilskuddene er godkendt");
        Assert.Contains("Godkendt", await page.Locator("main").InnerTextAsync());

        var mine = await SignedInPageAsync(DemoUsers.Bo, $"/min-forening/{association}/aarlige-tilskud", javaScript);
        await Browser.CheckAsync(mine, "aarlige-tilskud", javaScript);
        var basis = await mine.Locator($"table#grundlag-{year}").InnerTextAsync();
        Assert.Contains($"Medlemmer under 25 år pr. 31. december {year - 1}", basis);
        Assert.Contains("120", basis);
        Assert.Contains("150,00 kr.", basis);
        Assert.Contains("18.000,00 kr.", basis);
        Assert.Contains("Godkendt og udbetalt", await mine.Locator("main").InnerTextAsync());
        await mine.GetByRole(AriaRole.Link, new() { Name = $"Se bevillingen og udbetalingen af aktivitetstilskud {year}" }).ClickAsync();
        await Browser.CheckAsync(mine, "aktivitetstilskud-bevilling", javaScript);
        Assert.Contains("årsregnskab", await mine.Locator("main").InnerTextAsync());
    }

    // A representative applies for last year's premises with the calculation shown before sending; staff adjust the
    // amount with a reason and register its payout; the association sees the decision and the public ledger the grant.
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ApplyForThePremisesGrant_WithTheCalculationShown_AndStaffDecide(bool javaScript)
    {
        var year = Today.Year + (javaScript ? 1 : 2);
        var staff = await ApiAsAsync(DemoUsers.Dorte);
        var created = await staff.PostAsJsonAsync("/api/grants/statutory", new { kind = "PremisesGrant", year, budget = 1_000_000m, premisesPercentage = 70m });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var pool = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var name = $"Haslev Spejderne {Guid.NewGuid().ToString("N")[..5]}";
        var association = await ApprovedAssociationAsync(name);

        var page = await SignedInPageAsync(DemoUsers.Bo, $"/min-forening/{association}/aarlige-tilskud", javaScript);
        await page.GetByRole(AriaRole.Link, new() { Name = $"Søg lokaletilskud {year}" }).ClickAsync();
        await Browser.CheckAsync(page, "lokaletilskud", javaScript);
        await page.GetByLabel("Lokalets navn og adresse").FillAsync("Spejderhytten, Skovvej 2");
        await page.GetByLabel("Husleje (kr.)").FillAsync("60.000");
        await page.GetByLabel("Varme (kr.)").FillAsync("12000");
        await page.GetByLabel("El (kr.)").FillAsync("8.000");
        await page.GetByLabel("Vand (kr.)").FillAsync("2.000");
        await page.GetByLabel("Rengøring (kr.)").FillAsync("6.000");
        await page.GetByLabel("Forsikring (kr.)").FillAsync("3.000");
        await page.GetByLabel("Mindre vedligeholdelse (kr.)").FillAsync("4.000");
        await page.GetByLabel("Aktivitetstimer i alt i lokalet").FillAsync("1200");
        await page.GetByLabel("Heraf timer for medlemmer under 25 år").FillAsync("mange");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem og beregn" }).ClickAsync();
        await Browser.CheckAsync(page, "lokaletilskud-fejl", javaScript);
        Assert.Contains("helt tal", await page.Locator("#under25-0-error").InnerTextAsync());
        Assert.Equal("mange", await page.GetByLabel("Heraf timer for medlemmer under 25 år").InputValueAsync());
        Assert.Equal("60.000", await page.GetByLabel("Husleje (kr.)").InputValueAsync());

        await page.GetByLabel("Heraf timer for medlemmer under 25 år").FillAsync("900");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem og beregn" }).ClickAsync();
        await page.WaitForSelectorAsync("text=Kladden er gemt");
        await Browser.CheckAsync(page, "lokaletilskud-beregnet", javaScript);
        var calculation = await page.Locator($"table[id^='beregning-']").InnerTextAsync();
        Assert.Contains("95.000,00 kr.", calculation);
        Assert.Contains("900 af 1200 = 75 %", calculation);
        Assert.Contains("49.875,00 kr.", calculation);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tilføj et lokale mere" }).ClickAsync();
        Assert.Equal(1, await page.GetByRole(AriaRole.Group, new() { Name = "Lokale 2" }).CountAsync());
        Assert.Equal("Spejderhytten, Skovvej 2", await page.GetByLabel("Lokalets navn og adresse").First.InputValueAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Send ansøgningen" }).ClickAsync();
        await page.WaitForSelectorAsync("text=Ansøgningen er sendt");
        await Browser.CheckAsync(page, "lokaletilskud-sendt", javaScript);

        var desk = await SignedInPageAsync(DemoUsers.Dorte, $"/kommune/aarlige-tilskud/{pool}", javaScript);
        await Browser.CheckAsync(desk, "kommune-lokaletilskud", javaScript);
        var application = desk.Locator("section", new() { HasText = name });
        Assert.Contains("49.875,00 kr.", await application.InnerTextAsync());
        await application.GetByRole(AriaRole.Button, new() { Name = $"Godkend andet beløb til {name}" }).ClickAsync();
        Assert.Contains("Skriv det beløb", await desk.Locator("main").InnerTextAsync());
        application = desk.Locator("section", new() { HasText = name });
        await application.GetByLabel("Andet beløb (kr.) (valgfrit)").FillAsync("45.000");
        await application.GetByLabel("Begrundelse (valgfrit)").FillAsync("Rengøringen deles med skolen; halvdelen er godkendt.");
        await application.GetByRole(AriaRole.Button, new() { Name = $"Godkend andet beløb til {name}" }).ClickAsync();
        await desk.WaitForSelectorAsync("text=Lokaletilskuddet er bevilget");
        Assert.Contains("Bevilget 45.000,00 kr.", await desk.Locator("section", new() { HasText = name }).InnerTextAsync());
        application = desk.Locator("section", new() { HasText = name });
        Assert.Equal("45000", await application.GetByLabel("Udbetalt beløb (kr.)").InputValueAsync());
        await application.GetByLabel("Betalingens reference").FillAsync("Bilag 4711");
        await application.GetByRole(AriaRole.Button, new() { Name = $"Registrér udbetalingen til {name}" }).ClickAsync();
        await desk.WaitForSelectorAsync("text=Udbetalingen er registreret");
        Assert.Contains("Udbetalt 45.000,00 kr. af 45.000,00 kr.", await desk.Locator("section", new() { HasText = name }).InnerTextAsync());

        await page.GotoAsync($"/min-forening/{association}/aarlige-tilskud");
        Assert.Contains("45.000,00 kr.", await page.Locator("table#lokaletilskud").InnerTextAsync());
        await page.GotoAsync($"/tilskud/{pool}");
        Assert.Contains(name, await page.Locator("main").InnerTextAsync());
    }

    // A representative hands in last year's accounts: a file that is not a PDF is refused with the reason, a PDF
    // is kept and read back from the list, and another association's representative cannot read it.
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task HandInTheAccounts_APdfOnly(bool javaScript)
    {
        var association = await ApprovedAssociationAsync($"Karise Svømmeklub {Guid.NewGuid().ToString("N")[..5]}");
        var page = await SignedInPageAsync(DemoUsers.Bo, $"/min-forening/{association}/dokumenter", javaScript);
        await Browser.CheckAsync(page, "dokumenter", javaScript);

        await page.GetByLabel("Fil (PDF, højst 10 MB)").SetInputFilesAsync(new FilePayload { Name = "regnskab.pdf", MimeType = "application/pdf", Buffer = [(byte)'M', (byte)'Z', 0x90, 0] });
        await page.GetByRole(AriaRole.Button, new() { Name = "Aflever dokumentet" }).ClickAsync();
        await Browser.CheckAsync(page, "dokumenter-fejl", javaScript);
        Assert.Contains("ikke en PDF", await page.Locator("#fil-error").InnerTextAsync());

        var pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
        await page.GetByLabel("Hvilket dokument?").SelectOptionAsync("Accounts");
        await page.GetByLabel("Fil (PDF, højst 10 MB)").SetInputFilesAsync(new FilePayload { Name = "regnskab-2025.pdf", MimeType = "application/pdf", Buffer = pdf });
        await page.GetByRole(AriaRole.Button, new() { Name = "Aflever dokumentet" }).ClickAsync();
        await page.WaitForSelectorAsync("text=Sidste års regnskab er afleveret");
        await Browser.CheckAsync(page, "dokumenter-afleveret", javaScript);
        var link = page.GetByRole(AriaRole.Link, new() { Name = "regnskab-2025.pdf" });
        var read = await page.APIRequest.GetAsync(new Uri(Portal, await link.GetAttributeAsync("href")).ToString());
        Assert.Equal(pdf, await read.BodyAsync());
        Assert.Contains("Bo", await page.Locator("table#dokumenter").InnerTextAsync());

        var carla = await ApiAsAsync(DemoUsers.Carla);
        Assert.Equal(HttpStatusCode.Forbidden, (await carla.GetAsync($"/api/associations/{association}/documents")).StatusCode);
    }

    // Staff record an agreed volunteer effort; the volunteer gets the confirmation by mail and reads the cover by
    // its personal link; staff's lookup says yes for that day and task.
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task RecordAVolunteersCover_TheVolunteerReadsIt_AndStaffLookItUp(bool javaScript)
    {
        var email = $"frivillig-{Guid.NewGuid().ToString("N")[..8]}@example.dk";
        var page = await SignedInPageAsync(DemoUsers.Dorte, "/kommune/frivilligforsikring", javaScript);
        await Browser.CheckAsync(page, "kommune-frivilligforsikring", javaScript);
        await page.GetByLabel("Den frivilliges navn").FillAsync("Lise Frivillig");
        await page.GetByLabel("Den frivilliges e-mail", new() { Exact = true }).FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrér aftalen" }).ClickAsync();
        await Browser.CheckAsync(page, "kommune-frivilligforsikring-fejl", javaScript);
        Assert.Equal("Lise Frivillig", await page.GetByLabel("Den frivilliges navn").InputValueAsync());
        Assert.Contains("første dag", await page.Locator("#fra-error").InnerTextAsync());

        await page.GetByLabel("Opgave", new() { Exact = true }).Last.FillAsync("Lektiehjælp for skolebørn");
        await page.GetByLabel("Hvor", new() { Exact = true }).FillAsync("Haslev Bibliotek");
        await page.GetByLabel("Første dag", new() { Exact = true }).FillAsync(Today.AddDays(-1).ToString("d-M-yyyy"));
        await page.GetByLabel("Sidste dag", new() { Exact = true }).FillAsync(Today.AddMonths(3).ToString("d-M-yyyy"));
        await page.GetByLabel("Afdeling", new() { Exact = true }).FillAsync("Kultur og Fritid");
        await page.GetByLabel("Ansvarlig leder", new() { Exact = true }).FillAsync("Mette Leder");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrér aftalen" }).ClickAsync();
        await page.WaitForSelectorAsync("text=Aftalen med Lise Frivillig er registreret");

        var mail = await Platform.Mail.WaitForAsync(email, "Du er dækket af kommunens forsikring");
        var text = await Platform.Mail.TextAsync(mail);
        Assert.Contains("Lektiehjælp for skolebørn", text);
        var volunteer = await Browser.NewPageAsync(Portal, javaScript, width: 700);
        await volunteer.GotoAsync(MailInbox.Link(text, Portal.GetLeftPart(UriPartial.Authority) + "/frivillig/forsikring/"));
        await Browser.CheckAsync(volunteer, "frivillig-forsikring", javaScript);
        Assert.Contains("Du er dækket i dag", await volunteer.Locator("main").InnerTextAsync());

        await page.GetByLabel("Den frivilliges e-mail eller fulde navn").FillAsync(email);
        await page.GetByLabel("Dato", new() { Exact = true }).FillAsync(Today.ToString("d-M-yyyy"));
        await page.GetByLabel("Opgave (valgfrit)").FillAsync("lektiehjælp");
        await page.GetByRole(AriaRole.Button, new() { Name = "Slå op" }).ClickAsync();
        await page.WaitForSelectorAsync("text=Ja, dækket");
        await Browser.CheckAsync(page, "kommune-frivilligforsikring-opslag", javaScript);
        Assert.Contains("Mette Leder", await page.Locator("#svar").InnerTextAsync());
    }
}
