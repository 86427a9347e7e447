using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Frivillighed.Contracts.Booking;
using Frivillighed.ServiceDefaults;
using Frivillighed.TestSupport;

namespace Frivillighed.Booking.Tests;

public class SeasonsApiTests(TestDatabase database) : ApiTests<BookingApiFactory>(database)
{
    private BookingWorld world = null!;
    private Guid facility;
    private DateOnly today;

    public override async Task InitializeAsync()
    {
        world = new BookingWorld(Factory, Database);
        facility = await world.NewFacilityAsync($"Hal {Guid.NewGuid():N}"[..12]);
        today = Copenhagen.Today(Factory.Clock.GetUtcNow());
    }

    private async Task<Guid> OpenRoundAsync(int windowStartsInDays = -1)
    {
        var response = await world.Staff.PostAsJsonAsync("/api/seasons", new
        {
            name = "Sæson test", seasonStart = today.AddDays(30).ToString("yyyy-MM-dd"), seasonEnd = today.AddDays(30 + 7 * 10 - 1).ToString("yyyy-MM-dd"),
            requestsOpen = today.AddDays(windowStartsInDays).ToString("yyyy-MM-dd"), requestsClose = today.AddDays(windowStartsInDays + 20).ToString("yyyy-MM-dd"),
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private object Wish(Guid association, string targetGroup, string start = "17:00") => new
    {
        associationId = association, facilityId = facility, weekday = "Tuesday", start, durationMinutes = 120,
        activity = "Træning", targetGroup, expectedParticipants = 20,
    };

    private static async Task<Guid> IdOf(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task RequestDraftAdjustPublish_ExplainsEveryOutcome_AndBooksTheSeasonAtomically()
    {
        var round = await OpenRoundAsync();
        var (youth, youthRep) = await world.NewAssociationAsync(name: "Haslev Ungdomsklub");
        var (adults, adultsRep) = await world.NewAssociationAsync(name: "Haslev Motionsklub");
        var adultRequest = await IdOf(await adultsRep.PostAsJsonAsync($"/api/seasons/{round}/requests", Wish(adults, "AdultsWithoutChildrenActivity")));
        var youthRequest = await IdOf(await youthRep.PostAsJsonAsync($"/api/seasons/{round}/requests", Wish(youth, "ChildrenAndYouth")));

        var draft = await world.Staff.PostAsync($"/api/seasons/{round}/draft", null);

        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
        var youthOutcome = await youthRep.GetFromJsonAsync<JsonElement>($"/api/seasons/{round}/requests/{youthRequest}");
        var adultOutcome = await adultsRep.GetFromJsonAsync<JsonElement>($"/api/seasons/{round}/requests/{adultRequest}");
        Assert.Equal("Granted", youthOutcome.GetProperty("outcome").GetString());
        Assert.Equal(1, youthOutcome.GetProperty("rank").GetInt32());
        Assert.Equal("GrantedAlternative", adultOutcome.GetProperty("outcome").GetString());
        Assert.Contains("served earlier", adultOutcome.GetProperty("reason").GetString());
        Assert.Equal([youthRequest], adultOutcome.GetProperty("conflictsWith").EnumerateArray().Select(e => e.GetGuid()));
        await HttpAssert.ProblemAsync(await adultsRep.GetAsync($"/api/seasons/{round}/requests/{youthRequest}"), HttpStatusCode.Forbidden);
        await HttpAssert.ProblemAsync(await Factory.CreateClient().GetAsync($"/api/seasons/{round}/allocation"), HttpStatusCode.Conflict);

        var overlapping = await world.Staff.PutAsJsonAsync($"/api/seasons/{round}/requests/{adultRequest}/outcome",
            new { outcome = "Granted", facilityId = facility, weekday = "Tuesday", start = "18:00", reason = "Ønsket tid" });
        var adjusted = await world.Staff.PutAsJsonAsync($"/api/seasons/{round}/requests/{adultRequest}/outcome",
            new { outcome = "Granted", facilityId = facility, weekday = "Tuesday", start = "19:00", reason = "Aftalt med klubben" });
        await HttpAssert.ProblemAsync(overlapping, HttpStatusCode.Conflict);
        Assert.Contains("Aftalt med klubben", (await adjusted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reason").GetString());

        var published = await world.Staff.PostAsJsonAsync($"/api/seasons/{round}/publish", new { });

        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        var summary = await published.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, summary.GetProperty("granted").GetInt32());
        Assert.Equal(20, summary.GetProperty("bookingsCreated").GetInt32());
        Assert.Equal(10, await Database.ScalarAsync<long>($"SELECT count(*) FROM bookings WHERE association_id = '{youth}' AND season_round_id = '{round}'"));
        Assert.Equal(1, await Database.ScalarAsync<long>(
            $"SELECT count(*) FROM outbox_messages WHERE message_type = '{typeof(SeasonAllocationPublished).FullName}' AND payload->>'roundId' = '{round}'"));
        var allocation = await Factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/seasons/{round}/allocation");
        Assert.Equal(2, allocation.GetArrayLength());
        await HttpAssert.ProblemAsync(await world.Staff.PostAsJsonAsync($"/api/seasons/{round}/publish", new { }), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Publish_WhenAGrantedSlotIsAlreadyBooked_PublishesNothing_UnlessToldToSkip()
    {
        var round = await OpenRoundAsync();
        var (club, rep) = await world.NewAssociationAsync(name: "Faxe Badmintonklub");
        await IdOf(await rep.PostAsJsonAsync($"/api/seasons/{round}/requests", Wish(club, "ChildrenAndYouth", "10:00")));
        await world.Staff.PostAsync($"/api/seasons/{round}/draft", null);
        var firstTuesday = today.AddDays(30).AddDays(((int)DayOfWeek.Tuesday - (int)today.AddDays(30).DayOfWeek + 7) % 7);
        await world.Staff.PostAsJsonAsync("/api/bookings", BookingWorld.Booking(facility, null, firstTuesday.AddDays(14), "11:00", "12:00"));

        var refused = await world.Staff.PostAsJsonAsync($"/api/seasons/{round}/publish", new { });
        var problem = await HttpAssert.ProblemAsync(refused, HttpStatusCode.Conflict);
        Assert.Single(problem.GetProperty("conflicts").EnumerateArray());
        Assert.Equal(0, await Database.ScalarAsync<long>($"SELECT count(*) FROM bookings WHERE season_round_id = '{round}'"));

        var skipping = await world.Staff.PostAsJsonAsync($"/api/seasons/{round}/publish", new { skipConflicts = true });

        Assert.Equal(HttpStatusCode.OK, skipping.StatusCode);
        Assert.Equal(9, await Database.ScalarAsync<long>($"SELECT count(*) FROM bookings WHERE season_round_id = '{round}'"));
    }

    [Fact]
    public async Task Requests_OutsideTheWindow_OrFromANotApprovedAssociation_Are422()
    {
        var later = await OpenRoundAsync(windowStartsInDays: 5);
        var open = await OpenRoundAsync();
        var (club, rep) = await world.NewAssociationAsync(name: "Terslev IF");
        var (applied, appliedRep) = await world.NewAssociationAsync("Applied", name: "Ny forening");

        var early = await rep.PostAsJsonAsync($"/api/seasons/{later}/requests", Wish(club, "ChildrenAndYouth"));
        var notApproved = await appliedRep.PostAsJsonAsync($"/api/seasons/{open}/requests", Wish(applied, "ChildrenAndYouth"));
        var municipal = await rep.PostAsJsonAsync($"/api/seasons/{open}/requests", Wish(club, "MunicipalActivity"));

        Assert.Contains("accepts requests from", (await HttpAssert.ProblemAsync(early, HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString());
        Assert.Contains("Only approved", (await HttpAssert.ProblemAsync(notApproved, HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString());
        await HttpAssert.ProblemAsync(municipal, HttpStatusCode.BadRequest);
    }
}
