using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Frivillighed.Contracts.Associations;
using Frivillighed.TestSupport;

namespace Frivillighed.Associations.Tests;

public class MemberCountsApiTests(TestDatabase database) : ApiTests<AssociationsApiFactory>(database)
{
    private static readonly int LastYear = DateTime.UtcNow.Year - 1;
    private HttpClient chair = null!;
    private HttpClient other = null!;
    private HttpClient staff = null!;

    public override Task InitializeAsync()
    {
        chair = Factory.CreateClient(TestTokens.For(Guid.NewGuid(), "Bo Formand", ["citizen"]));
        other = Factory.CreateClient(TestTokens.For(Guid.NewGuid(), "Carla Kasserer", ["citizen"]));
        staff = Factory.CreateClient(TestTokens.Staff());
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Report_ByTheAssociation_Returns201WithTotals_CommitsTheEvent_AndLeavesTheMissingList()
    {
        var id = await ApprovedAsync();
        Assert.Contains(id, await MissingAsync());

        var response = await chair.PostAsJsonAsync($"/api/associations/{id}/member-counts",
            new { year = LastYear, lines = new[] { new { activity = "Fodbold", under25 = 120, age25AndOver = 40 }, new { activity = "Gymnastik", under25 = 30, age25AndOver = 12 } } });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(150, body.GetProperty("under25").GetInt32());
        Assert.Equal(52, body.GetProperty("age25AndOver").GetInt32());
        Assert.Equal("150", await Database.ScalarAsync<string>(
            $"SELECT payload->>'membersUnder25' FROM outbox_messages WHERE message_type = '{typeof(MemberCountReported).FullName}' AND payload->>'associationId' = '{id}'"));
        Assert.DoesNotContain(id, await MissingAsync());
    }

    [Fact]
    public async Task Report_Twice_Returns409_AndStaffCorrectionWithReason_AddsARevision_KeepingHistory()
    {
        var id = await ApprovedAsync();
        await ReportAsync(id, 10);

        var again = await chair.PostAsJsonAsync($"/api/associations/{id}/member-counts", Body(LastYear, 11));
        var correction = await staff.PutAsJsonAsync($"/api/associations/{id}/member-counts/{LastYear}",
            new { lines = new[] { new { activity = "Fodbold", under25 = 12, age25AndOver = 5 } }, reason = "Kontingentliste viste 2 flere under 25" });

        await HttpAssert.ProblemAsync(again, HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.Created, correction.StatusCode);
        var history = await chair.GetFromJsonAsync<JsonElement>($"/api/associations/{id}/member-counts");
        Assert.Equal([2, 1], history.EnumerateArray().Select(r => r.GetProperty("revision").GetInt32()));
        Assert.Equal("Kontingentliste viste 2 flere under 25", history[0].GetProperty("correctionReason").GetString());
        Assert.Equal(10, history[1].GetProperty("under25").GetInt32());
    }

    [Fact]
    public async Task Correction_WithoutReason_Returns400_ByARepresentative_Returns403()
    {
        var id = await ApprovedAsync();
        await ReportAsync(id, 10);

        var noReason = await staff.PutAsJsonAsync($"/api/associations/{id}/member-counts/{LastYear}", new { lines = new[] { new { activity = "Fodbold", under25 = 1, age25AndOver = 1 } } });
        var byChair = await chair.PutAsJsonAsync($"/api/associations/{id}/member-counts/{LastYear}",
            new { lines = new[] { new { activity = "Fodbold", under25 = 999, age25AndOver = 1 } }, reason = "more" });

        await HttpAssert.ProblemAsync(noReason, HttpStatusCode.BadRequest);
        await HttpAssert.ProblemAsync(byChair, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Report_ForAnotherAssociation_Returns403_AndThisYear_Returns400()
    {
        var id = await ApprovedAsync();

        await HttpAssert.ProblemAsync(await other.PostAsJsonAsync($"/api/associations/{id}/member-counts", Body(LastYear, 5)), HttpStatusCode.Forbidden);
        await HttpAssert.ProblemAsync(await other.GetAsync($"/api/associations/{id}/member-counts"), HttpStatusCode.Forbidden);
        await HttpAssert.ProblemAsync(await chair.PostAsJsonAsync($"/api/associations/{id}/member-counts", Body(LastYear + 1, 5)), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task UnknownAssociation_Returns404_AndCorrectingAYearNeverReported_Returns404()
    {
        var id = await ApprovedAsync();

        await HttpAssert.ProblemAsync(await chair.PostAsJsonAsync($"/api/associations/{Guid.NewGuid()}/member-counts", Body(LastYear, 5)), HttpStatusCode.NotFound);
        await HttpAssert.ProblemAsync(await staff.PutAsJsonAsync($"/api/associations/{id}/member-counts/{LastYear}",
            new { lines = new[] { new { activity = "Fodbold", under25 = 1, age25AndOver = 1 } }, reason = "fejl" }), HttpStatusCode.NotFound);
    }

    private static object Body(int year, int under25) => new { year, lines = new[] { new { activity = "Fodbold", under25, age25AndOver = 3 } } };

    private async Task ReportAsync(Guid id, int under25) =>
        Assert.Equal(HttpStatusCode.Created, (await chair.PostAsJsonAsync($"/api/associations/{id}/member-counts", Body(LastYear, under25))).StatusCode);

    private async Task<List<Guid>> MissingAsync() =>
        (await staff.GetFromJsonAsync<JsonElement>("/api/associations/missing-member-counts")).EnumerateArray().Select(m => m.GetProperty("id").GetGuid()).ToList();

    private async Task<Guid> ApprovedAsync()
    {
        var id = await chair.RegisterAssociationAsync(Registration.Body("Faxe Håndboldklub", "Faxe"));
        await staff.ApproveAssociationAsync(id);
        return id;
    }
}
