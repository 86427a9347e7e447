using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Frivillighed.Contracts;
using Frivillighed.TestSupport;
using Microsoft.Playwright;

namespace Frivillighed.Platform.Tests;

// The municipality's case workers in a real browser, each journey with JavaScript on (axe on every page) and off:
// approve an association with the §4 checklist, run a season round from opening to publishing, administer a grant
// pool from creation to payout, and run a conference to the check-in. Citizens and representatives get "no access".
[Collection(PlatformCollection.Name)]
public sealed class PortalStaffJourneyTests(PlatformFixture platform) : PortalBrowserTest(platform)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.Now);

    private static string Tag() => Guid.NewGuid().ToString("N")[..5];

    private static Task ClickAsync(IPage page, string button) => page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ApproveAPendingAssociation_WithTheChecklist_ItAppearsInThePublicDirectory(bool javaScript)
    {
        var name = $"Rønnede Skytteforening {Tag()}";
        var id = await (await ApiAsAsync(DemoUsers.Carla)).RegisterAssociationAsync(Registration.Body(name, "Rønnede", description: "Skydning for alle fra 12 år."));
        var page = await SignedInPageAsync(DemoUsers.Dorte, "/kommune", javaScript);
        await Browser.CheckAsync(page, "kommune-opgaver", javaScript);
        Assert.Matches(@"\d+ forening(er)? venter på godkendelse", await page.Locator("ul.queue-counts").InnerTextAsync());

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Sagsbehandling" }).GetByRole(AriaRole.Link, new() { Name = "Foreninger", Exact = true }).ClickAsync();
        await page.GetByLabel("Søg").FillAsync(name);
        await page.GetByLabel("Status").SelectOptionAsync("Applied");
        await ClickAsync(page, "Vis foreninger");
        await Browser.CheckAsync(page, "kommune-foreninger", javaScript);
        await page.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await page.WaitForURLAsync($"**/kommune/foreninger/{id}");
        await Browser.CheckAsync(page, "kommune-forening", javaScript);
        Assert.Contains("Rønnede", await page.Locator("dl.structured-list-dl").InnerTextAsync());

        // Approving without the checklist: every condition is asked for, and what was written stays.
        await page.GetByLabel("Godkend foreningen").CheckAsync();
        await page.GetByLabel("Begrundelse", new() { Exact = true }).FillAsync("Vedtægter og referat fra den stiftende generalforsamling er modtaget.");
        await ClickAsync(page, "Gem afgørelse");
        await Browser.CheckAsync(page, "kommune-forening-fejl", javaScript);
        Assert.Contains("Svar ja eller nej", await page.Locator("#fejl").InnerTextAsync());
        Assert.Equal("#tjek-StatutesWithPurpose", await page.Locator("#fejl a").First.GetAttributeAsync("href"));
        Assert.StartsWith("Vedtægter og referat", await page.GetByLabel("Begrundelse", new() { Exact = true }).InputValueAsync());
        Assert.True(await page.GetByLabel("Godkend foreningen").IsCheckedAsync());

        foreach (var condition in new[] { "StatutesWithPurpose", "Board", "DemocraticStructure", "AtLeastFivePayingMembers", "OpenToAllWhoSupportThePurpose", "BasedInTheMunicipality", "NonProfit" })
        {
            await page.Locator($"#tjek-{condition}-ja").CheckAsync();
        }

        await page.Locator("#note-Board").FillAsync("Bestyrelsen er valgt på den stiftende generalforsamling");
        await ClickAsync(page, "Gem afgørelse");
        await page.WaitForSelectorAsync("text=Afgørelsen er gemt");
        await Browser.CheckAsync(page, "kommune-forening-godkendt", javaScript);
        var history = await page.Locator("#historik").InnerTextAsync();
        Assert.Contains("»Afventer godkendelse« til »Godkendt«", history);
        Assert.Contains("Foreningen har en bestyrelse: Bestyrelsen er valgt på den stiftende generalforsamling", history);
        Assert.Contains("Dorte Medarbejder", history);
        Assert.DoesNotContain("Godkend foreningen", await page.Locator("main").InnerTextAsync()); // approved: only suspend or withdraw are offered
        Assert.True(await page.GetByLabel("Suspendér foreningen (midlertidigt)").IsVisibleAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "den offentlige foreningsoversigt" }).ClickAsync();
        Assert.Equal(name, await page.Locator("h1").InnerTextAsync());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ASeasonRound_FromOpeningToPublishing_ExplainsEachWish(bool javaScript)
    {
        var tag = Tag();
        var staff = await ApiAsAsync(DemoUsers.Dorte);
        var facilityName = $"Karise Idrætshal {tag}";
        var facility = await CreatedAsync(await staff.PostAsJsonAsync("/api/facilities", new
        {
            name = facilityName, kind = "Hall", town = "Karise", address = "Skolevej 1, 4653 Karise", capacity = 200, wheelchairAccess = true, hearingLoop = false,
            equipment = Array.Empty<string>(), openingHours = Enum.GetValues<DayOfWeek>().Select(d => new { day = d.ToString(), opens = "08:00", closes = "22:00" }),
            bookingUnitMinutes = 30, minimumMinutes = 60, maximumMinutes = 240, bookableDaysAhead = 365, hourlyPrice = 0m,
        }));
        var youth = World.Association;
        var adultsName = $"Karise Motionister {tag}";
        var adults = await ApprovedAssociationAsync(adultsName);

        var page = await SignedInPageAsync(DemoUsers.Dorte, "/kommune/saeson", javaScript);
        await page.GetByLabel("Navn").FillAsync($"Sæson {tag}");
        await page.GetByLabel("Sæsonens første dag").FillAsync(Today.AddDays(21).ToString("yyyy-MM-dd"));
        await page.GetByLabel("Sæsonens sidste dag").FillAsync(Today.AddDays(140).ToString("yyyy-MM-dd"));
        await page.GetByLabel("Ønsker modtages fra").FillAsync(Today.AddDays(7).ToString("yyyy-MM-dd"));
        await page.GetByLabel("Til og med").FillAsync(Today.ToString("yyyy-MM-dd"));
        await ClickAsync(page, "Åbn runden");
        await Browser.CheckAsync(page, "kommune-saeson-fejl", javaScript);
        Assert.Contains("Vinduet skal lukke, før sæsonen begynder", await page.Locator("#fejl").InnerTextAsync());
        Assert.Equal($"Sæson {tag}", await page.GetByLabel("Navn").InputValueAsync());

        await page.GetByLabel("Ønsker modtages fra").FillAsync(Today.ToString("yyyy-MM-dd"));
        await page.GetByLabel("Til og med").FillAsync(Today.AddDays(7).ToString("yyyy-MM-dd"));
        await ClickAsync(page, "Åbn runden");
        await page.WaitForURLAsync(new Regex("aabnet=true"));
        var round = Guid.Parse(Regex.Match(page.Url, "/kommune/saeson/([0-9a-f-]{36})").Groups[1].Value);

        var bo = await ApiAsAsync(DemoUsers.Bo);
        foreach (var (association, group, activity) in new[] { (youth, "ChildrenAndYouth", "Fodbold U12"), (adults, "AdultsWithoutChildrenActivity", "Motionsfodbold") })
        {
            var wish = await bo.PostAsJsonAsync($"/api/seasons/{round}/requests", new
            {
                associationId = association, facilityId = facility, weekday = "Tuesday", start = "17:00", durationMinutes = 90, activity, targetGroup = group, expectedParticipants = 20,
            });
            Assert.True(wish.StatusCode == HttpStatusCode.Created, await wish.Content.ReadAsStringAsync());
        }

        await page.GotoAsync($"/kommune/saeson/{round}");
        await Browser.CheckAsync(page, "kommune-saeson-oensker", javaScript);
        Assert.Contains("Motionsfodbold", await page.Locator("main table").First.InnerTextAsync());

        await ClickAsync(page, "Lav udkast til fordeling");
        await page.WaitForSelectorAsync("text=Udkastet er klar");
        await Browser.CheckAsync(page, "kommune-saeson-udkast", javaScript);
        Assert.Contains("17:00–18:30", await page.Locator($"#fordeling-{facility}").InnerTextAsync());
        var adultsWish = page.Locator("section.outcome", new() { HasText = adultsName });
        var explanation = await adultsWish.Locator("ul").InnerTextAsync();
        Assert.Contains("behandlet som nr. 2 af 2", explanation);
        Assert.Contains($"Den ønskede tid var allerede fordelt til {World.AssociationName} (børn og unge, behandlet som nr. 1)", explanation);

        // Giving the adults the youth's slot overlaps it: refused in words, the input kept.
        await adultsWish.Locator("summary").ClickAsync();
        await adultsWish.GetByLabel("Imødekom med tiden nedenfor").CheckAsync();
        await adultsWish.GetByLabel("Fra kl.").FillAsync("17:00");
        await adultsWish.GetByLabel("Begrundelse til foreningen").FillAsync("Motionisterne har haft tiden i mange år.");
        await adultsWish.GetByRole(AriaRole.Button, new() { Name = "Ret udfaldet" }).ClickAsync();
        await Browser.CheckAsync(page, "kommune-saeson-overlap", javaScript);
        adultsWish = page.Locator("section.outcome", new() { HasText = adultsName });
        Assert.Contains($"overlapper en tid, der allerede er givet til {World.AssociationName}", await adultsWish.Locator("#fejl").InnerTextAsync());
        Assert.Equal("Motionisterne har haft tiden i mange år.", await adultsWish.GetByLabel("Begrundelse til foreningen").InputValueAsync());

        await ClickAsync(page, "Offentliggør fordelingen");
        await page.WaitForSelectorAsync("text=Fordelingen er offentliggjort");
        await Browser.CheckAsync(page, "kommune-saeson-offentliggjort", javaScript);
        Assert.Contains("Offentliggjort", await page.Locator("main .badge").First.InnerTextAsync());
        var bookings = await bo.GetFromJsonAsync<JsonElement>($"/api/bookings/associations/{youth}/bookings?from={Today.AddDays(21):yyyy-MM-dd}&to={Today.AddDays(140):yyyy-MM-dd}");
        Assert.Contains(bookings.EnumerateArray(), b => b.GetProperty("facilityId").GetGuid() == facility);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AGrantPool_CreatedAssessedAwardedAndPaid_ShowsOnTheLedger(bool javaScript)
    {
        var tag = Tag();
        var poolName = $"Aktivitetspuljen {tag}";
        var page = await SignedInPageAsync(DemoUsers.Dorte, "/kommune/puljer", javaScript);
        await page.GetByLabel("Puljens navn").FillAsync(poolName);
        await page.GetByLabel("Formål").FillAsync("Nye aktiviteter for børn og unge i foreningerne.");
        await page.GetByLabel("Lovgrundlag").FillAsync("Folkeoplysningsloven § 6");
        await page.GetByLabel("Budget (kr.)").FillAsync("halvtreds tusind");
        await page.GetByLabel("Kun godkendte foreninger").CheckAsync();
        await page.GetByLabel("Kriterium 1").FillAsync("Nye deltagere");
        await page.Locator("#vaegt-0").FillAsync("2");
        await page.GetByLabel("Kriterium 2").FillAsync("Forankring");
        await page.Locator("#vaegt-1").FillAsync("1");
        await page.GetByLabel("Højst pr. ansøgning (kr.)").FillAsync("40.000");
        await page.GetByLabel("Administrationen bevilger selv op til (kr.)").FillAsync("100.000");
        await ClickAsync(page, "Opret puljen");
        await Browser.CheckAsync(page, "kommune-pulje-fejl", javaScript);
        Assert.Contains("Skriv budgettet som et beløb", await page.Locator("#budget-error").InnerTextAsync());
        Assert.Equal("Forankring", await page.GetByLabel("Kriterium 2").InputValueAsync());

        await page.GetByLabel("Budget (kr.)").FillAsync("50.000");
        await ClickAsync(page, "Opret puljen");
        await page.WaitForURLAsync(new Regex("oprettet=true"));
        var pool = Guid.Parse(Regex.Match(page.Url, "/kommune/puljer/([0-9a-f-]{36})").Groups[1].Value);
        await page.GetByLabel("Rundens navn").FillAsync("Forårsrunden");
        await page.GetByLabel("Ansøgningsfrist").FillAsync(Today.AddDays(20).ToString("yyyy-MM-dd"));
        await ClickAsync(page, "Tilføj runden");
        await page.WaitForSelectorAsync("text=Runden »Forårsrunden« er tilføjet");
        await Browser.CheckAsync(page, "kommune-pulje", javaScript);

        var round = (await Platform.Gateway.GetFromJsonAsync<JsonElement>($"/api/grants/pools/{pool}")).GetProperty("rounds")[0].GetProperty("id").GetGuid();
        var otherName = $"Faxe Spejderne {tag}";
        var other = await ApprovedAssociationAsync(otherName);
        var bo = await ApiAsAsync(DemoUsers.Bo);
        var first = await SubmittedAsync(bo, round, World.Association, "Fodboldskole i sommerferien");
        var second = await SubmittedAsync(bo, round, other, "Spejderlejr for nye spejdere");

        await page.GotoAsync($"/kommune/ansoegninger/{first}");
        await page.GetByLabel("Point (0–5)").First.SelectOptionAsync("4");
        await page.GetByLabel("Point (0–5)").Nth(1).SelectOptionAsync("3");
        await ClickAsync(page, "Gem vurderingen");
        await page.WaitForSelectorAsync("text=Din vurdering er gemt");
        Assert.Contains("3,67 af 5", await page.Locator("main").InnerTextAsync());
        Assert.Equal("4", await page.GetByLabel("Point (0–5)").First.InputValueAsync()); // one's own assessment fills the form again
        Assert.Contains("Dorte Medarbejder", await page.Locator("#vurderinger").InnerTextAsync());
        await page.GetByLabel("Bevilg", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Bevilget beløb (kr.)").FillAsync("30.000");
        await page.GetByLabel("Begrundelse", new() { Exact = true }).FillAsync("Når mange nye børn; udstyr og trænere dækkes.");
        await ClickAsync(page, "Gem afgørelsen");
        await page.WaitForSelectorAsync("text=Ansøgningen er bevilget med 30.000,00 kr.");
        await page.GetByLabel("Beløb (kr.)", new() { Exact = true }).FillAsync("10.000");
        await page.GetByLabel("Bilag eller reference").FillAsync("UDB-2027-17");
        await ClickAsync(page, "Registrér udbetalingen");
        await page.WaitForSelectorAsync("text=Udbetalingen på 10.000,00 kr. er registreret");
        await Browser.CheckAsync(page, "kommune-bevilling", javaScript);

        // The second award would pass the budget: refused in words with what is left, the input kept; then rejected.
        await page.GotoAsync($"/kommune/ansoegninger/{second}");
        await page.GetByLabel("Point (0–5)").First.SelectOptionAsync("2");
        await page.GetByLabel("Point (0–5)").Nth(1).SelectOptionAsync("2");
        await ClickAsync(page, "Gem vurderingen");
        await page.WaitForSelectorAsync("text=Din vurdering er gemt");
        Assert.Contains("Tilbage i puljen: 20.000,00 kr.", await page.Locator("main").InnerTextAsync());
        await page.GetByLabel("Bevilg", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Bevilget beløb (kr.)").FillAsync("30.000");
        await page.GetByLabel("Begrundelse", new() { Exact = true }).FillAsync("Lejren når nye spejdere.");
        await ClickAsync(page, "Gem afgørelsen");
        await Browser.CheckAsync(page, "kommune-afgoerelse-fejl", javaScript);
        Assert.Contains("Der er kun 20.000,00 kr. tilbage i puljen", await page.Locator("#beloeb-error").InnerTextAsync());
        Assert.Equal("30.000", await page.GetByLabel("Bevilget beløb (kr.)").InputValueAsync());
        await page.GetByLabel("Afslå").CheckAsync();
        await page.GetByLabel("Begrundelse", new() { Exact = true }).FillAsync("Puljen er brugt til projekter med flere nye deltagere.");
        await ClickAsync(page, "Gem afgørelsen");
        await page.WaitForSelectorAsync("text=Ansøgningen er afslået");

        await page.GotoAsync($"/kommune/puljer/{pool}");
        var ranked = await page.Locator($"#ansoegninger-{round}").InnerTextAsync();
        Assert.True(ranked.IndexOf("Fodboldskole", StringComparison.Ordinal) < ranked.IndexOf("Spejderlejr", StringComparison.Ordinal), ranked);
        await page.GetByRole(AriaRole.Link, new() { Name = "Se puljen og bevillingslisten, som offentligheden ser dem" }).ClickAsync();
        await page.WaitForURLAsync($"**/tilskud/{pool}");
        var ledger = await page.Locator("main").InnerTextAsync();
        Assert.Contains(World.AssociationName, ledger);
        Assert.Contains("10.000,00 kr.", ledger);
        Assert.DoesNotContain(otherName, ledger);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AConferenceWithASession_IsCreated_AndAParticipantCheckedInOnAPhone(bool javaScript)
    {
        var title = $"Frivillighedens dag {Tag()}";
        var page = await SignedInPageAsync(DemoUsers.Dorte, "/kommune/arrangementer", javaScript);
        await page.GetByLabel("Type").SelectOptionAsync("Conference");
        await page.GetByLabel("Titel").FillAsync(title);
        await page.GetByLabel("Beskrivelse").FillAsync("Oplæg og workshops for frivillige.");
        await page.GetByLabel("Dato", new() { Exact = true }).FillAsync(Today.AddDays(12).ToString("yyyy-MM-dd"));
        await page.GetByLabel("Fra kl.").First.FillAsync("17:00");
        await page.GetByLabel("Til kl.").First.FillAsync("21:00");
        await page.GetByLabel("Sted og adresse").FillAsync("Faxe Rådhus, Frederiksgade 9");
        await page.GetByLabel("By", new() { Exact = true }).SelectOptionAsync("Faxe");
        await page.GetByLabel("Antal pladser").FillAsync("mange");
        await page.GetByLabel("Session 1").FillAsync("Workshop: nye frivillige");
        await page.Locator("#session-fra-0").FillAsync("18:00");
        await page.Locator("#session-til-0").FillAsync("19:00");
        await page.Locator("#session-pladser-0").FillAsync("20");
        await ClickAsync(page, "Opret arrangementet");
        await Browser.CheckAsync(page, "kommune-arrangement-fejl", javaScript);
        Assert.Contains("Skriv antal pladser som et helt tal", await page.Locator("#fejl").InnerTextAsync());
        Assert.Equal("Workshop: nye frivillige", await page.GetByLabel("Session 1").InputValueAsync());

        await page.GetByLabel("Antal pladser").FillAsync("50");
        await ClickAsync(page, "Opret arrangementet");
        await page.WaitForURLAsync(new Regex("oprettet=true"));
        var id = Guid.Parse(Regex.Match(page.Url, "/kommune/arrangementer/([0-9a-f-]{36})").Groups[1].Value);
        await Browser.CheckAsync(page, "kommune-arrangement", javaScript);
        Assert.Contains("Offentliggjort", await page.Locator("main .badge").First.InnerTextAsync());
        Assert.Contains("Workshop: nye frivillige", await page.Locator("dl.structured-list-dl").InnerTextAsync());

        var ev = await Platform.Gateway.GetFromJsonAsync<JsonElement>($"/api/events/{id}");
        // The time typed reached the API as 17:00 Danish time (the portal sends the wall clock, not an offset).
        Assert.Equal("17:00", TimeZoneInfo.ConvertTime(ev.GetProperty("startsAt").GetDateTimeOffset(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen")).ToString("HH:mm"));
        var session = ev.GetProperty("sessions")[0].GetProperty("id").GetGuid();
        var registered = await Platform.Gateway.PostAsJsonAsync($"/api/events/{id}/registrations", new { name = "Karen Frivillig", email = "karen@example.dk", sessions = new[] { session } });
        Assert.True(registered.StatusCode == HttpStatusCode.Created, await registered.Content.ReadAsStringAsync());

        var phone = await SignedInPageAsync(DemoUsers.Dorte, $"/kommune/arrangementer/{id}", javaScript, width: 375);
        await phone.Locator("ul.check-in-list li", new() { HasText = "Karen Frivillig" }).GetByRole(AriaRole.Button, new() { Name = "Tjek ind" }).ClickAsync();
        await phone.WaitForSelectorAsync("text=Karen Frivillig er tjekket ind");
        await Browser.CheckAsync(phone, "kommune-tjek-ind", javaScript);
        Assert.Contains("Tjekket ind kl.", await phone.Locator("ul.check-in-list").InnerTextAsync());
        Assert.Contains("1 af 1 tjekket ind", await phone.Locator("main").InnerTextAsync());
        Assert.True(await phone.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth") <= 0, "the check-in list scrolls sideways on a phone");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AFacility_IsCreated_BookedForTheMunicipality_AndClosedWithTheBookingsItHitsShownFirst(bool javaScript)
    {
        var name = $"Terslev Forsamlingshus {Tag()}";
        var page = await SignedInPageAsync(DemoUsers.Dorte, "/kommune/lokaler", javaScript);
        await page.GetByLabel("Navn", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("Type").SelectOptionAsync("Room");
        await page.GetByLabel("By", new() { Exact = true }).SelectOptionAsync("Terslev");
        await page.GetByLabel("Adresse").FillAsync("Bygaden 3, 4690 Haslev");
        await page.GetByLabel("Plads til (personer)").FillAsync("80");
        await page.GetByLabel("Adgang for kørestol").CheckAsync();
        foreach (var day in new[] { "Mandag", "Tirsdag", "Onsdag", "Torsdag", "Fredag" })
        {
            await page.GetByLabel($"{day} åbner").FillAsync("08:00");
        }

        await page.Locator("#lukker-0").FillAsync("22:00");
        await ClickAsync(page, "Opret lokalet");
        await Browser.CheckAsync(page, "kommune-lokale-fejl", javaScript);
        Assert.Contains("Skriv åbningstiden tirsdag", await page.Locator("#fejl").InnerTextAsync());
        Assert.Equal(name, await page.GetByLabel("Navn", new() { Exact = true }).InputValueAsync());
        foreach (var i in new[] { 1, 2, 3, 4 })
        {
            await page.Locator($"#lukker-{i}").FillAsync("22:00");
        }

        await ClickAsync(page, "Opret lokalet");
        await page.WaitForURLAsync(new Regex("oprettet=true"));
        var facility = Guid.Parse(Regex.Match(page.Url, "/kommune/lokaler/([0-9a-f-]{36})").Groups[1].Value);

        // A representative books a Tuesday; staff book the Wednesday of the same week for the municipality.
        var tuesday = Today.AddDays(((int)DayOfWeek.Tuesday - (int)Today.DayOfWeek + 7) % 7 + 7);
        var booked = await (await ApiAsAsync(DemoUsers.Bo)).PostAsJsonAsync("/api/bookings", new
        {
            facilityId = facility, associationId = World.Association, date = tuesday.ToString("yyyy-MM-dd"), start = "18:00", end = "20:00", activity = "Bestyrelsesmøde",
        });
        Assert.True(booked.StatusCode == HttpStatusCode.Created, await booked.Content.ReadAsStringAsync());
        await page.GotoAsync($"/kommune/lokaler/{facility}?uge={tuesday:yyyy-MM-dd}");
        await page.GetByLabel("Dato", new() { Exact = true }).FillAsync(tuesday.AddDays(1).ToString("yyyy-MM-dd"));
        await page.Locator("#book-fra").FillAsync("09:00");
        await page.Locator("#book-til").FillAsync("12:00");
        await page.GetByLabel("Formål").FillAsync("Valgsted");
        await ClickAsync(page, "Book lokalet");
        await page.WaitForSelectorAsync("text=Lokalet er booket");
        await Browser.CheckAsync(page, "kommune-lokale-uge", javaScript);
        var week = await page.Locator("#ugens-bookinger").InnerTextAsync();
        Assert.Contains(World.AssociationName, week);
        Assert.Contains("Kommunen", week);
        Assert.Contains("Valgsted", week);

        await page.GetByLabel("Første lukkedag").FillAsync(tuesday.AddDays(-1).ToString("yyyy-MM-dd"));
        await page.GetByLabel("Sidste lukkedag").FillAsync(tuesday.AddDays(3).ToString("yyyy-MM-dd"));
        await page.GetByLabel("Årsag").FillAsync("Nyt gulv");
        await ClickAsync(page, "Se bookinger i perioden");
        await page.WaitForSelectorAsync("text=2 bookinger ligger i perioden");
        await Browser.CheckAsync(page, "kommune-lokale-lukning", javaScript);
        Assert.Contains($"{World.AssociationName}, Bestyrelsesmøde", await page.Locator("main").InnerTextAsync());
        Assert.Equal("Nyt gulv", await page.GetByLabel("Årsag").InputValueAsync());
        Assert.Empty((await Platform.Gateway.GetFromJsonAsync<JsonElement>($"/api/facilities/{facility}/closed-periods")).EnumerateArray()); // nothing saved yet

        await ClickAsync(page, "Luk lokalet");
        await page.WaitForSelectorAsync("text=2 bookinger i perioden er ikke aflyst");
        Assert.Contains("Nyt gulv", await page.Locator("main").InnerTextAsync());
        Assert.Single((await Platform.Gateway.GetFromJsonAsync<JsonElement>($"/api/facilities/{facility}/closed-periods")).EnumerateArray());
    }

    // A citizen and a representative open every staff address: each answers "no access" (403) and shows no data.
    [Fact]
    public async Task EveryStaffPage_AnswersNoAccess_ToCitizensAndRepresentatives()
    {
        var application = (await (await ApiAsAsync(DemoUsers.Bo)).GetFromJsonAsync<JsonElement>($"/api/grants/associations/{World.Association}/applications"))[0].GetProperty("id").GetGuid();
        var round = (await Platform.Gateway.GetFromJsonAsync<JsonElement>("/api/seasons")).EnumerateArray().Select(r => r.GetProperty("id").GetGuid()).FirstOrDefault();
        string[] addresses =
        [
            "/kommune", "/kommune/foreninger", $"/kommune/foreninger/{World.Association}", "/kommune/saeson", $"/kommune/saeson/{round}",
            "/kommune/puljer", $"/kommune/puljer/{World.Pool}", $"/kommune/ansoegninger/{application}", "/kommune/arrangementer",
            $"/kommune/arrangementer/{World.Event}", "/kommune/lokaler", $"/kommune/lokaler/{World.Facility}", "/kommune/medarbejdere", "/kommune/mails", "/kommune/foreninger.csv", $"/kommune/puljer/{World.Pool}/bevillinger.csv",
        ];
        foreach (var user in new[] { DemoUsers.Anna, DemoUsers.Bo })
        {
            var page = await SignedInPageAsync(user, "/foreninger", javaScript: true);
            foreach (var address in addresses)
            {
                var response = await page.GotoAsync(address);
                Assert.True(response!.Status == 403, $"{address} answered {response.Status} to {user.UserName}");
                Assert.Equal("Du har ikke adgang", await page.Locator("h1").InnerTextAsync());
                var main = await page.Locator("main").InnerTextAsync();
                Assert.Contains("Faxe Kommunes medarbejdere", main);
                Assert.DoesNotContain(World.PoolName, main);
            }

            await Browser.CheckAsync(page, $"kommune-ingen-adgang-{user.UserName}", javaScript: true);
        }
    }

    // An admin gives a citizen the staff role and takes it again; the last admin cannot be removed; other staff may not.
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AnAdmin_GivesAndTakesTheStaffRole_ButNeverRemovesTheLastAdmin(bool javaScript)
    {
        var dorte = await SignedInPageAsync(DemoUsers.Dorte, "/kommune", javaScript);
        Assert.Equal(0, await dorte.GetByRole(AriaRole.Link, new() { Name = "Medarbejdere" }).CountAsync());
        Assert.Equal(403, (await dorte.GotoAsync("/kommune/medarbejdere"))!.Status);

        var page = await SignedInPageAsync(DemoUsers.Erik, "/kommune/medarbejdere", javaScript);
        try
        {
            await Browser.CheckAsync(page, "kommune-medarbejdere", javaScript);
            Assert.Contains("Dorte Medarbejder", await page.Locator("#medarbejdere").InnerTextAsync());
            await page.GetByLabel("Find brugeren på navn, brugernavn eller e-mail").FillAsync("Anna");
            await ClickAsync(page, "Find");
            await page.GetByRole(AriaRole.Button, new() { Name = "Giv rollen som medarbejder til Anna Borger" }).ClickAsync();
            await page.WaitForSelectorAsync("text=Anna Borger har nu rollen som medarbejder");
            Assert.Contains("Anna Borger", await page.Locator("#medarbejdere").InnerTextAsync());
            Assert.Contains("Gav Anna Borger rollen som medarbejder", await page.Locator("#rolle-historik").InnerTextAsync());

            await page.GetByRole(AriaRole.Button, new() { Name = "Tag rollen som medarbejder fra Anna Borger" }).First.ClickAsync();
            await page.WaitForSelectorAsync("text=Anna Borger har ikke længere rollen som medarbejder");
            Assert.DoesNotContain("Anna Borger", await page.Locator("#medarbejdere").InnerTextAsync());

            await page.GetByRole(AriaRole.Button, new() { Name = "Tag rollen som administrator fra Erik Administrator" }).First.ClickAsync();
            await page.WaitForSelectorAsync("text=Rollen er ikke ændret");
            await Browser.CheckAsync(page, "kommune-medarbejdere-sidste-admin", javaScript);
            Assert.Contains("Erik Administrator er den sidste administrator", await page.Locator("main").InnerTextAsync());
        }
        finally
        {
            // Anna is a citizen again for the other journeys, whatever happened above.
            await (await ApiAsAsync(DemoUsers.Erik)).DeleteAsync($"/api/identity/users/{DemoUsers.Anna.Id}/roles/staff");
        }
    }

    [Fact]
    public async Task TheStaffPages_ReflowAt320Pixels()
    {
        var page = await SignedInPageAsync(DemoUsers.Dorte, "/kommune", javaScript: true, width: 320);
        foreach (var path in new[] { "/kommune", "/kommune/foreninger", $"/kommune/foreninger/{World.Association}", "/kommune/saeson", "/kommune/puljer", $"/kommune/puljer/{World.Pool}", "/kommune/arrangementer", $"/kommune/arrangementer/{World.Event}", "/kommune/lokaler", $"/kommune/lokaler/{World.Facility}" })
        {
            await page.GotoAsync(path);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Browser.ScreenshotFolder, $"320{path.Replace('/', '-')}.png"), FullPage = true });
            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
            var widest = overflow <= 0 ? "" : await page.EvaluateAsync<string>(
                "[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1).slice(-3).map(e => e.tagName + '.' + e.className + '#' + e.id).join(', ')");
            Assert.True(overflow <= 0, $"{path} scrolls sideways by {overflow} px at 320 px: {widest}");
        }
    }

    // From the work queue to a decision with the keyboard alone.
    [Fact]
    public async Task AnAssociation_CanBeRejectedByKeyboardAlone()
    {
        var name = $"Dalby Debatklub {Tag()}";
        var id = await (await ApiAsAsync(DemoUsers.Carla)).RegisterAssociationAsync(Registration.Body(name, "Dalby"));
        var page = await SignedInPageAsync(DemoUsers.Dorte, $"/kommune/foreninger/{id}", javaScript: true);

        await PortalAccessibilityTests.TabToAsync(page, "beslutning-Approved");
        await page.Keyboard.PressAsync("ArrowDown"); // the radio group's next choice, "Afvis foreningen", is chosen
        Assert.True(await page.GetByLabel("Afvis foreningen").IsCheckedAsync());
        await PortalAccessibilityTests.TabToAsync(page, "begrundelse");
        await page.Keyboard.TypeAsync("Foreningen har ikke hjemsted i kommunen.");
        await PortalAccessibilityTests.TabToAsync(page, "form[aria-labelledby=afgoerelse-overskrift] button[type=submit]", bySelector: true);
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForSelectorAsync("text=Afgørelsen er gemt");
        Assert.Contains("»Afvist«", await page.Locator("main").InnerTextAsync());
    }

    private static async Task<Guid> SubmittedAsync(HttpClient representative, Guid round, Guid association, string title)
    {
        var id = await CreatedAsync(await representative.PostAsJsonAsync("/api/grants/applications", new
        {
            roundId = round, associationId = association, title, description = "Et nyt tilbud, der når nye deltagere.",
            periodStart = Today.AddDays(40).ToString("yyyy-MM-dd"), periodEnd = Today.AddDays(100).ToString("yyyy-MM-dd"), requestedAmount = 30_000m,
            budgetLines = new object[] { new { kind = "Expense", description = "Materialer og instruktører", amount = 30_000m } },
        }));
        var submitted = await representative.PostAsync($"/api/grants/applications/{id}/submit", null);
        Assert.True(submitted.StatusCode == HttpStatusCode.OK, await submitted.Content.ReadAsStringAsync());
        return id;
    }

    private static async Task<Guid> CreatedAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
