using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Frivillighed.Contracts;
using Frivillighed.TestSupport;
using Microsoft.Playwright;

namespace Frivillighed.Platform.Tests;

// An association's representatives in a real browser, each journey with JavaScript on (axe on every page) and off:
// register an association, file the declaration and member counts, book once and weekly and cancel, send season
// wishes and read their outcome, and a grant application drafted in one session and sent from another.
[Collection(PlatformCollection.Name)]
public sealed class PortalRepresentativeJourneyTests(PlatformFixture platform) : PortalBrowserTest(platform)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.Now);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task RegisterAnAssociation_StepByStep_UntilItAwaitsApproval(bool javaScript)
    {
        var name = $"Faxe Petanqueklub {Guid.NewGuid().ToString("N")[..5]}";
        var page = await SignedInPageAsync(DemoUsers.Anna, "/min-forening/ny", javaScript);
        await Browser.CheckAsync(page, "registrer-1", javaScript);

        await page.GetByLabel("Foreningens navn").FillAsync(name);
        await page.GetByLabel("CVR-nummer").FillAsync("12345678");
        await page.GetByLabel("By").SelectOptionAsync("Faxe");
        await page.GetByLabel("Adresse").FillAsync("Torvet 1, 4640 Faxe");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem og fortsæt" }).ClickAsync();
        await Browser.CheckAsync(page, "registrer-1-fejl", javaScript);
        Assert.Equal("#cvr", await page.Locator("#fejl a").First.GetAttributeAsync("href"));
        Assert.Equal(name, await page.GetByLabel("Foreningens navn").InputValueAsync());
        Assert.Equal("12345678", await page.GetByLabel("CVR-nummer").InputValueAsync());
        Assert.Contains("8 cifre", await page.Locator("#cvr-error").InnerTextAsync());

        await page.GetByLabel("CVR-nummer").FillAsync(Cvr.New());
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem og fortsæt" }).ClickAsync();
        await Browser.CheckAsync(page, "registrer-2", javaScript);
        await page.GetByLabel("Idræt").CheckAsync();
        await page.GetByLabel("Ja").CheckAsync();
        await page.GetByLabel("Beskrivelse").FillAsync("Petanque for alle aldre på torvet i Faxe.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem og fortsæt" }).ClickAsync();
        await page.GetByLabel("Kontakt-e-mail").FillAsync("petanque@example.dk");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem og fortsæt" }).ClickAsync();
        await Browser.CheckAsync(page, "registrer-4", javaScript);
        foreach (var condition in new[] { "vedtægter", "bestyrelse", "demokratisk", "åben for alle", "hjemsted", "almennyttig" })
        {
            await page.GetByLabel(new Regex(condition)).CheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Gem og fortsæt" }).ClickAsync();
        await Browser.CheckAsync(page, "registrer-tjek", javaScript);
        var summary = await page.Locator("main").InnerTextAsync();
        Assert.Contains(name, summary);
        Assert.Contains("petanque@example.dk", summary);
        Assert.Contains("Idræt", summary);

        await page.GetByRole(AriaRole.Button, new() { Name = "Registrér foreningen" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("registreret=true"));
        await Browser.CheckAsync(page, "registreret", javaScript);
        Assert.Equal(name, await page.Locator("h1").InnerTextAsync());
        var main = await page.Locator("main").InnerTextAsync();
        Assert.Contains("Afventer godkendelse", main);
        Assert.Contains("mindst 5 betalende medlemmer", main);
        Assert.Contains("Formand", main);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task FileTheChildSafetyDeclaration_AndReportMemberCounts_FromTheTaskList(bool javaScript)
    {
        var association = await ApprovedAssociationAsync($"Karise Gymnastik {Guid.NewGuid().ToString("N")[..5]}", childrenUnder15: true);
        var page = await SignedInPageAsync(DemoUsers.Bo, $"/min-forening/{association}", javaScript);
        await Browser.CheckAsync(page, "min-forening", javaScript);
        var tasks = page.Locator("ul.task-list");
        Assert.Contains($"Børneattest-erklæring for {Today.Year}", await tasks.InnerTextAsync());
        Assert.Contains($"Medlemstal for {Today.Year - 1}", await tasks.InnerTextAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = $"Børneattest-erklæring for {Today.Year}" }).ClickAsync();
        await Browser.CheckAsync(page, "boerneattest", javaScript);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send erklæringen" }).ClickAsync();
        await Browser.CheckAsync(page, "boerneattest-fejl", javaScript);
        Assert.Contains("Sæt kryds", await page.Locator("#erklaering-error").InnerTextAsync());
        await page.GetByLabel(new Regex("Jeg erklærer")).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send erklæringen" }).ClickAsync();
        Assert.Contains($"Erklæringen for {Today.Year} er indsendt", await page.Locator("main").InnerTextAsync());

        await page.GotoAsync($"/min-forening/{association}");
        await page.GetByRole(AriaRole.Link, new() { Name = $"Medlemstal for {Today.Year - 1}" }).ClickAsync();
        await Browser.CheckAsync(page, "medlemstal", javaScript);
        await page.GetByLabel("Aktivitet 1").FillAsync("Springgymnastik");
        await page.Locator("#under25-0").FillAsync("mange");
        await page.Locator("#over25-0").FillAsync("4");
        await page.GetByRole(AriaRole.Button, new() { Name = "Indberet medlemstal" }).ClickAsync();
        await Browser.CheckAsync(page, "medlemstal-fejl", javaScript);
        Assert.Equal("mange", await page.Locator("#under25-0").InputValueAsync());
        Assert.Equal("Springgymnastik", await page.GetByLabel("Aktivitet 1").InputValueAsync());
        await page.Locator("#under25-0").FillAsync("38");
        await page.GetByRole(AriaRole.Button, new() { Name = "Indberet medlemstal" }).ClickAsync();
        Assert.Contains($"Medlemstallet for {Today.Year - 1} er indberettet", await page.Locator("main").InnerTextAsync());
        Assert.Contains("Springgymnastik: 38 + 4", await page.Locator("table#historik").InnerTextAsync());

        // Both are done: the task list says so, and the API has the rows.
        await page.GotoAsync($"/min-forening/{association}");
        Assert.Equal(0, await page.Locator("ul.task-list").CountAsync());
        var bo = await ApiAsAsync(DemoUsers.Bo);
        var counts = await bo.GetFromJsonAsync<JsonElement>($"/api/associations/{association}/member-counts");
        Assert.Equal(38, counts[0].GetProperty("under25").GetInt32());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task BookOnce_ThenWeeklySkippingTheTakenDate_ThenCancelOne(bool javaScript)
    {
        var tag = Guid.NewGuid().ToString("N")[..5];
        var association = await ApprovedAssociationAsync($"Dalby Badminton {tag}");
        var facility = await FacilityAsync($"Dalby Hallen {tag}");
        var day = Weekday(DayOfWeek.Wednesday, weeksAhead: 4);

        // From the facility's week: a free hour is a link to the form, with the hour filled in.
        var page = await SignedInPageAsync(DemoUsers.Bo, $"/min-forening/{association}/bookinger", javaScript);
        await Browser.CheckAsync(page, "bookinger", javaScript);
        await page.GotoAsync($"/lokaler/{facility}?fra={day:yyyy-MM-dd}#ugen");
        await page.Locator("table#uge a").Filter(new() { HasTextRegex = new Regex($"{Danish(day)}18–19") }).ClickAsync();
        await Browser.CheckAsync(page, "book-vaelg-forening", javaScript);
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex($"Dalby Badminton {tag}") }).ClickAsync();
        await Browser.CheckAsync(page, "book", javaScript);
        Assert.Equal("18:00", await page.GetByLabel("Fra kl.").InputValueAsync());
        Assert.Contains("Kan bookes op til 180 dage frem", await page.Locator(".facility-rules").InnerTextAsync());

        // A broken rule first (under the minimum of an hour), in words on the form, input kept.
        await page.GetByLabel("Til kl.").FillAsync("18:30");
        await page.GetByLabel("Aktivitet").FillAsync("Badminton for seniorer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Book tiden" }).ClickAsync();
        await Browser.CheckAsync(page, "book-fejl", javaScript);
        Assert.Contains("varer 60–240 minutter. Denne varer 30 minutter.", await page.Locator("main .alert-error").InnerTextAsync());
        Assert.Equal("Badminton for seniorer", await page.GetByLabel("Aktivitet").InputValueAsync());

        // Sent twice (a double click, a resend after a timeout) and then once more by the button: one booking.
        await page.GetByLabel("Til kl.").FillAsync("19:00");
        var form = new Dictionary<string, string>();
        foreach (var input in await page.Locator("form:has(button:text('Book tiden')) input").AllAsync())
        {
            form[(await input.GetAttributeAsync("name"))!] = await input.InputValueAsync();
        }

        for (var i = 0; i < 2; i++)
        {
            var sent = await page.Context.APIRequest.PostAsync(page.Url, new() { Form = FormOf(page, form), MaxRedirects = 0 });
            Assert.Equal(302, sent.Status);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Book tiden" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("ny=true"));
        await Browser.CheckAsync(page, "booket", javaScript);
        Assert.Contains("Bookingen er bekræftet", await page.Locator("main").InnerTextAsync());
        await page.ReloadAsync();
        var bo = await ApiAsAsync(DemoUsers.Bo);
        Assert.Single(await BookingsAsync(bo, association));

        // Weekly for five weeks around it: the preview lists the taken date before anything is booked.
        await page.GotoAsync($"/min-forening/{association}/serie?lokale={facility}");
        await page.GetByLabel("Første dato").FillAsync(day.AddDays(-14).ToString("yyyy-MM-dd"));
        await page.GetByLabel("Sidste dato").FillAsync(day.AddDays(14).ToString("yyyy-MM-dd"));
        await page.GetByLabel("Fra kl.").FillAsync("18:00");
        await page.GetByLabel("Til kl.").FillAsync("19:00");
        await page.GetByLabel("Aktivitet").FillAsync("Badminton hver onsdag");
        await page.GetByRole(AriaRole.Button, new() { Name = "Vis datoerne" }).ClickAsync();
        await Browser.CheckAsync(page, "serie-forhaandsvisning", javaScript);
        var preview = await page.Locator("table#forhaandsvisning").InnerTextAsync();
        Assert.Equal(4, Regex.Matches(preview, "Ledig").Count);
        Assert.Contains("Optaget 18:00–19:00", preview);
        Assert.Single(await BookingsAsync(bo, association));

        await page.GetByRole(AriaRole.Button, new() { Name = "Book de 4 ledige datoer" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/serie/.*ny=true"));
        await Browser.CheckAsync(page, "serie-booket", javaScript);
        var result = await page.Locator("main").InnerTextAsync();
        Assert.Contains("4 datoer er booket", result);
        Assert.Contains("1 dato blev sprunget over", result);
        Assert.Contains(day.ToString("d. MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("da-DK")) + ": var optaget eller lukket", result);
        Assert.Equal(5, (await BookingsAsync(bo, association)).Count);

        // Cancel one date of the series, which is free of charge so far ahead.
        await page.GotoAsync($"/min-forening/{association}/bookinger");
        await page.Locator("table#kommende a", new() { HasTextString = "Afbestil" }).Last.ClickAsync();
        await Browser.CheckAsync(page, "afbestil", javaScript);
        Assert.Contains("Afbestillingen er gratis", await page.Locator("main").InnerTextAsync());
        await page.GetByLabel(new Regex("^Kun ")).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Afbestil" }).ClickAsync();
        await Browser.CheckAsync(page, "afbestilt", javaScript);
        Assert.Contains("Bookingen er afbestilt", await page.Locator("main").InnerTextAsync());
        Assert.Equal(4, (await BookingsAsync(bo, association)).Count(b => b.GetProperty("status").GetString() == "Confirmed"));

        // The week view shows the released hour as free again at once.
        await page.GotoAsync($"/lokaler/{facility}?fra={day.AddDays(14):yyyy-MM-dd}#ugen");
        Assert.Equal(1, await page.Locator("table#uge a").Filter(new() { HasTextRegex = new Regex($"{Danish(day.AddDays(14))}18–19") }).CountAsync());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task SendSeasonWishes_AndReadTheOutcomeWithItsReason(bool javaScript)
    {
        var tag = Guid.NewGuid().ToString("N")[..5];
        var ours = await ApprovedAssociationAsync($"Rønnede Seniorfodbold {tag}");
        var theirs = await ApprovedAssociationAsync($"Rønnede Ungdom {tag}");
        var facility = await FacilityAsync($"Rønnede Hallen {tag}");
        var staff = await ApiAsAsync(DemoUsers.Dorte);
        var round = await CreatedAsync(await staff.PostAsJsonAsync("/api/seasons", new
        {
            name = $"Sæson {tag}", seasonStart = Today.AddDays(30).ToString("yyyy-MM-dd"), seasonEnd = Today.AddDays(90).ToString("yyyy-MM-dd"),
            requestsOpen = Today.ToString("yyyy-MM-dd"), requestsClose = Today.AddDays(10).ToString("yyyy-MM-dd"),
        }));

        var page = await SignedInPageAsync(DemoUsers.Bo, $"/min-forening/{ours}/saeson", javaScript);
        await Browser.CheckAsync(page, "saeson", javaScript);
        await page.GetByLabel("Lokale").SelectOptionAsync(facility.ToString());
        await page.GetByLabel("Ugedag").SelectOptionAsync("Thursday");
        await page.GetByLabel("Fra kl.").FillAsync("19:00");
        await page.GetByLabel("Varighed").SelectOptionAsync("120");
        await page.GetByLabel("Aktivitet").FillAsync("Seniorfodbold indendørs");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send ønsket" }).ClickAsync();
        await Browser.CheckAsync(page, "saeson-fejl", javaScript);
        Assert.Contains("Vælg målgruppen", await page.Locator("main").InnerTextAsync());
        Assert.Equal("Seniorfodbold indendørs", await page.GetByLabel("Aktivitet").InputValueAsync());
        await page.GetByLabel("Målgruppe").SelectOptionAsync("AdultsWithoutChildrenActivity");
        await page.GetByLabel("Forventet antal deltagere").FillAsync("16");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send ønsket" }).ClickAsync();
        await Browser.CheckAsync(page, "saeson-sendt", javaScript);
        Assert.Contains("Ønsket er modtaget", await page.Locator("main").InnerTextAsync());
        Assert.Contains("Seniorfodbold indendørs", await page.Locator("main table").InnerTextAsync());

        // Children and youth come first under § 21: the other club wants the same Thursday; staff draft and publish.
        var bo = await ApiAsAsync(DemoUsers.Bo);
        await CreatedAsync(await bo.PostAsJsonAsync($"/api/seasons/{round}/requests", new
        {
            associationId = theirs, facilityId = facility, weekday = "Thursday", start = "19:00", durationMinutes = 120, activity = "U14 fodbold",
            targetGroup = "ChildrenAndYouth", expectedParticipants = 20,
        }));
        Assert.True((await staff.PostAsync($"/api/seasons/{round}/draft", null)).IsSuccessStatusCode);
        var published = await staff.PostAsJsonAsync($"/api/seasons/{round}/publish", new { });
        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());

        await page.GotoAsync($"/min-forening/{ours}/saeson");
        await Browser.CheckAsync(page, "saeson-udfald", javaScript);
        var outcome = await page.Locator(".outcome").InnerTextAsync();
        Assert.Contains("§ 21-prioritet 6", outcome);
        Assert.Contains($"Rønnede Ungdom {tag} (børn og unge, behandlet som nr. 1)", outcome);
        Assert.Matches("Imødekommet med en anden tid|Ikke imødekommet", outcome);
        Assert.Contains("nr. 2 af 2", outcome);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task DraftAGrantApplication_InOneSession_FinishItInAnother_AndSeeItListed(bool javaScript)
    {
        var tag = Guid.NewGuid().ToString("N")[..5];
        var association = await ApprovedAssociationAsync($"Terslev Spejdere {tag}");
        var title = $"Shelter ved søen {tag}";

        var first = await SignedInPageAsync(DemoUsers.Bo, $"/min-forening/{association}/tilskud", javaScript);
        await Browser.CheckAsync(first, "tilskud-forening", javaScript);
        await first.GetByRole(AriaRole.Button, new() { NameRegex = new Regex($"Start en ansøgning til {Regex.Escape(World.PoolName)}") }).ClickAsync();
        await first.WaitForURLAsync(new Regex($"/tilskud/[0-9a-f-]{{36}}$"));
        await Browser.CheckAsync(first, "ansoegning-1", javaScript);
        await first.GetByLabel("Projektets titel").FillAsync(title);
        await first.GetByLabel("Beskrivelse af projektet").FillAsync("Vi bygger et shelter, som alle kan låne.");
        await first.GetByLabel("Projektet starter").FillAsync(Today.AddDays(90).ToString("yyyy-MM-dd"));
        await first.GetByLabel("Projektet slutter").FillAsync(Today.AddDays(200).ToString("yyyy-MM-dd"));
        await first.GetByRole(AriaRole.Button, new() { Name = "Gem og fortsæt" }).ClickAsync();
        await first.WaitForURLAsync(new Regex("trin=2"));
        await first.GetByLabel("Beløb I søger (kr.)").FillAsync("60.000");
        await first.GetByLabel("Linje 1").SelectOptionAsync("Expense");
        await first.Locator("#post-0").FillAsync("Træ og tagplader");
        await first.Locator("#linjebeloeb-0").FillAsync("60.000");
        await first.GetByRole(AriaRole.Button, new() { Name = "Gem kladden" }).ClickAsync();
        await first.WaitForURLAsync(new Regex("trin=2"));
        Assert.Contains("Sidst gemt", await first.Locator(".saved-at").InnerTextAsync());
        await first.Context.CloseAsync();

        // Another device: the draft waits on the task list, with everything typed.
        var second = await SignedInPageAsync(DemoUsers.Bo, $"/min-forening/{association}", javaScript);
        Assert.Contains("Kladde", await second.Locator("ul.task-list").InnerTextAsync());
        await second.GetByRole(AriaRole.Link, new() { Name = $"Ansøgning om tilskud: {title}" }).ClickAsync();
        await Browser.CheckAsync(second, "ansoegning-genoptaget", javaScript);
        Assert.Equal(title, await second.GetByLabel("Projektets titel").InputValueAsync());
        await second.GetByRole(AriaRole.Button, new() { Name = "Gem og fortsæt" }).ClickAsync();
        await second.WaitForURLAsync(new Regex("trin=2"));
        Assert.Equal("60000", await second.GetByLabel("Beløb I søger (kr.)").InputValueAsync());
        await second.GetByRole(AriaRole.Button, new() { Name = "Gem og fortsæt" }).ClickAsync();
        await second.WaitForURLAsync(new Regex("trin=3"));
        await second.GetByRole(AriaRole.Button, new() { Name = "Gem og fortsæt" }).ClickAsync();
        await second.WaitForURLAsync(new Regex("trin=4"));
        await Browser.CheckAsync(second, "ansoegning-tjek", javaScript);

        // Sent too big: every problem at once, in Danish, each with the step that fixes it.
        await second.GetByRole(AriaRole.Button, new() { Name = "Send ansøgningen" }).ClickAsync();
        await Browser.CheckAsync(second, "ansoegning-fejl", javaScript);
        var problems = await second.Locator("#fejl").InnerTextAsync();
        Assert.Contains("Puljen giver højst 50.000,00 kr. pr. ansøgning", problems);
        await second.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Ret det på trin 2") }).ClickAsync();
        await second.GetByLabel("Beløb I søger (kr.)").FillAsync("40.000");
        await second.GetByRole(AriaRole.Button, new() { Name = "Gem og fortsæt" }).ClickAsync();
        await second.WaitForURLAsync(new Regex("trin=3"));
        await second.GetByLabel("Nye deltagere").FillAsync("Skoleklasser og familier fra hele kommunen");
        await second.GetByRole(AriaRole.Button, new() { Name = "Gem og fortsæt" }).ClickAsync();
        await second.WaitForURLAsync(new Regex("trin=4"));
        await second.GetByRole(AriaRole.Button, new() { Name = "Send ansøgningen" }).ClickAsync();
        await second.WaitForURLAsync(new Regex("/kvittering$"));
        await Browser.CheckAsync(second, "ansoegning-kvittering", javaScript);
        Assert.Contains("Ansøgningen er sendt", await second.Locator("main").InnerTextAsync());

        await second.GotoAsync($"/min-forening/{association}/tilskud");
        var listed = await second.Locator("table#ansoegninger").InnerTextAsync();
        Assert.Contains(title, listed);
        Assert.Contains("Sendt", listed);
        Assert.Contains("40.000,00 kr.", listed);
    }

    // The chair keeps the association's data and people current: edits the public data (an error first), invites a
    // treasurer by a one-time code that Anna uses, posts and closes a volunteer post, and makes the calendar link.
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task TheChair_EditsTheData_InvitesATreasurer_PostsVolunteerWork_AndMakesTheCalendarLink(bool javaScript)
    {
        var tag = Guid.NewGuid().ToString("N")[..5];
        var name = $"Haslev Skakklub {tag}";
        var association = await ApprovedAssociationAsync(name);
        var page = await SignedInPageAsync(DemoUsers.Bo, $"/min-forening/{association}/oplysninger", javaScript);
        await Browser.CheckAsync(page, "oplysninger", javaScript);
        await page.GetByLabel("Hjemmeside").FillAsync("haslevskak.dk");
        await page.GetByLabel("Beskrivelse").FillAsync("Skak for alle hver tirsdag.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem ændringerne" }).ClickAsync();
        await Browser.CheckAsync(page, "oplysninger-fejl", javaScript);
        Assert.Contains("https://", await page.Locator("#hjemmeside-error").InnerTextAsync());
        Assert.Equal("Skak for alle hver tirsdag.", await page.GetByLabel("Beskrivelse").InputValueAsync());
        await page.GetByLabel("Hjemmeside").FillAsync("https://haslevskak.dk");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem ændringerne" }).ClickAsync();
        Assert.Contains("Ændringerne er gemt", await page.Locator("main").InnerTextAsync());
        var saved = await (await ApiAsAsync(DemoUsers.Bo)).GetFromJsonAsync<JsonElement>($"/api/associations/{association}");
        Assert.Equal("https://haslevskak.dk", saved.GetProperty("website").GetString());

        await page.GotoAsync($"/min-forening/{association}/repraesentanter");
        await page.GetByLabel("Rolle", new() { Exact = true }).SelectOptionAsync("Treasurer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lav invitationskode" }).ClickAsync();
        await Browser.CheckAsync(page, "repraesentanter", javaScript);
        var code = Regex.Match(await page.Locator("main .alert-success").InnerTextAsync(), "[A-Z2-9]{5}-[A-Z2-9]{5}").Value;
        var anna = await SignedInPageAsync(DemoUsers.Anna, "/min-forening", javaScript);
        await anna.GetByLabel("Invitationskode").FillAsync(code);
        await anna.GetByRole(AriaRole.Button, new() { Name = "Brug koden" }).ClickAsync();
        await anna.WaitForURLAsync(new Regex($"/min-forening/{association}$"));
        Assert.Contains("din rolle: Kasserer", await anna.Locator("main").InnerTextAsync());
        await page.ReloadAsync();
        Assert.Contains(DemoUsers.Anna.DisplayName, await page.Locator("table#repraesentanter").InnerTextAsync());

        await page.GotoAsync($"/min-forening/{association}/frivillige");
        await page.GetByLabel("Titel").FillAsync($"Skaktræner {tag}");
        await page.GetByLabel("Område").SelectOptionAsync("Culture");
        await page.GetByLabel("Hvor meget tid tager det?").FillAsync("2 timer om ugen");
        await page.GetByLabel("Sådan kontakter man jer").FillAsync("Ring til Bo på 20 30 40 50");
        await page.GetByRole(AriaRole.Button, new() { Name = "Slå opslaget op" }).ClickAsync();
        await Browser.CheckAsync(page, "frivilligopslag", javaScript);
        Assert.Contains($"Skaktræner {tag}", await page.Locator("main .result-list").InnerTextAsync());
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex($"Luk opslaget Skaktræner {tag}") }).ClickAsync();
        Assert.Contains("er lukket", await page.Locator("main").InnerTextAsync());

        await page.GotoAsync($"/min-forening/{association}/bookinger");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lav et nyt kalenderlink" }).ClickAsync();
        var feed = await page.Locator("code.calendar-link").InnerTextAsync();
        Assert.StartsWith("BEGIN:VCALENDAR", await Platform.Gateway.GetStringAsync(new Uri(feed).PathAndQuery));
        await page.GetByRole(AriaRole.Button, new() { Name = "Slå kalenderlinket fra" }).ClickAsync();
        Assert.Contains("Kalenderlinket er slået fra", await page.Locator("main").InnerTextAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, (await Platform.Gateway.GetAsync(new Uri(feed).PathAndQuery)).StatusCode);
    }

    // A representative of one association opens another's pages by their addresses: each answers "no access" (403)
    // and shows nothing of the other association.
    [Fact]
    public async Task AnotherAssociationsPages_AnswerNoAccess()
    {
        var bo = await ApiAsAsync(DemoUsers.Bo);
        var other = World.Association;
        var application = (await bo.GetFromJsonAsync<JsonElement>($"/api/grants/associations/{other}/applications"))[0].GetProperty("id").GetGuid();
        var carlas = await (await ApiAsAsync(DemoUsers.Carla)).RegisterAssociationAsync(Registration.Body($"Karise Kajak {World.Tag}", "Karise"));
        string[] addresses =
        [
            $"/min-forening/{other}", $"/min-forening/{other}/oplysninger", $"/min-forening/{other}/repraesentanter", $"/min-forening/{other}/boerneattest",
            $"/min-forening/{other}/medlemstal", $"/min-forening/{other}/frivillige", $"/min-forening/{other}/bookinger", $"/min-forening/{other}/book?lokale={World.Facility}",
            $"/min-forening/{other}/serie", $"/min-forening/{other}/saeson", $"/min-forening/{other}/tilskud", $"/min-forening/{other}/tilskud/{application}",
            $"/min-forening/{other}/arrangementer", $"/min-forening/{carlas}/tilskud/{application}", $"/min-forening/{carlas}/tilskud/{application}/kvittering",
            $"/min-forening/{other}/aarlige-tilskud", $"/min-forening/{other}/dokumenter",
        ];
        var page = await SignedInPageAsync(DemoUsers.Carla, "/min-forening", javaScript: true);
        await Browser.CheckAsync(page, "mine-foreninger", javaScript: true);
        foreach (var address in addresses)
        {
            var response = await page.GotoAsync(address);
            Assert.True(response!.Status == 403, $"{address} answered {response.Status}");
            Assert.Equal("Ingen adgang", await page.Locator("h1").InnerTextAsync());
            Assert.DoesNotContain(World.AssociationName, await page.Locator("main").InnerTextAsync());
        }

        await Browser.CheckAsync(page, "ingen-adgang", javaScript: true);
    }

    // From the task list to the filed declaration with the keyboard alone: Tab to the task, Enter, Space ticks, Enter sends.
    [Fact]
    public async Task TheDeclaration_CanBeFiledByKeyboardAlone()
    {
        var association = await ApprovedAssociationAsync($"Faxe Ladeplads Junior {Guid.NewGuid().ToString("N")[..5]}", childrenUnder15: true);
        var page = await SignedInPageAsync(DemoUsers.Bo, $"/min-forening/{association}", javaScript: true);

        await PortalAccessibilityTests.TabToAsync(page, "a.task-list-link[href$='/boerneattest']", bySelector: true);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new Regex("/boerneattest$"));
        await PortalAccessibilityTests.TabToAsync(page, "erklaering");
        await page.Keyboard.PressAsync("Space");
        await PortalAccessibilityTests.TabToAsync(page, "button[type=submit].button-primary", bySelector: true);
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForSelectorAsync("text=er indsendt");
        Assert.Contains($"Erklæringen for {Today.Year} er indsendt", await page.Locator("main").InnerTextAsync());
    }

    [Fact]
    public async Task TheRepresentativesPages_ReflowAt320Pixels()
    {
        var association = World.Association;
        var page = await SignedInPageAsync(DemoUsers.Bo, $"/min-forening/{association}", javaScript: true, width: 320);
        foreach (var path in new[] { "", "/bookinger", $"/book?lokale={World.Facility}", "/serie", "/saeson", "/tilskud", "/aarlige-tilskud", "/medlemstal", "/repraesentanter", "/oplysninger", "/dokumenter" })
        {
            await page.GotoAsync($"/min-forening/{association}{path}");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Browser.ScreenshotFolder, $"320-min-forening{path.Split('?')[0].Replace('/', '-')}.png"), FullPage = true });
            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
            var widest = overflow <= 0 ? "" : await page.EvaluateAsync<string>(
                "[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1).slice(-3).map(e => e.tagName + '.' + e.className + '#' + e.id).join(', ')");
            Assert.True(overflow <= 0, $"{path} scrolls sideways by {overflow} px at 320 px: {widest}");
        }
    }

    private static IFormData FormOf(IPage page, Dictionary<string, string> fields)
    {
        var data = page.Context.APIRequest.CreateFormData();
        foreach (var (name, value) in fields)
        {
            data.Set(name, value);
        }

        return data;
    }

    private static string Danish(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Monday => "mandag", DayOfWeek.Tuesday => "tirsdag", DayOfWeek.Wednesday => "onsdag", DayOfWeek.Thursday => "torsdag",
        DayOfWeek.Friday => "fredag", DayOfWeek.Saturday => "lørdag", _ => "søndag",
    } + $" {date.Day}\\. [a-zæøå]+ {date.Year} kl\\. ";

    private static DateOnly Weekday(DayOfWeek day, int weeksAhead) => Today.AddDays(((int)day - (int)Today.DayOfWeek + 7) % 7 + 7 * weeksAhead);

    private async Task<Guid> FacilityAsync(string name)
    {
        var staff = await ApiAsAsync(DemoUsers.Dorte);
        return await CreatedAsync(await staff.PostAsJsonAsync("/api/facilities", new
        {
            name, kind = "Hall", town = "Haslev", address = "Idrætsvej 1, 4690 Haslev", capacity = 200, wheelchairAccess = true, hearingLoop = false,
            equipment = new[] { "Badmintonnet" },
            openingHours = Enum.GetValues<DayOfWeek>().Select(d => new { day = d.ToString(), opens = "07:00", closes = "22:00" }),
            bookingUnitMinutes = 30, minimumMinutes = 60, maximumMinutes = 240, bookableDaysAhead = 180, hourlyPrice = 250m,
        }));
    }

    private static async Task<List<JsonElement>> BookingsAsync(HttpClient client, Guid association) =>
        [.. (await client.GetFromJsonAsync<JsonElement>($"/api/bookings/associations/{association}/bookings")).EnumerateArray()];

    private static async Task<Guid> CreatedAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
