using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Frivillighed.TestSupport;

namespace Frivillighed.Associations.Tests;

public class VolunteerOpportunitiesApiTests(TestDatabase database) : ApiTests<AssociationsApiFactory>(database)
{
    private HttpClient anonymous = null!;
    private HttpClient chair = null!;
    private HttpClient other = null!;
    private HttpClient staff = null!;

    public override Task InitializeAsync()
    {
        anonymous = Factory.CreateClient();
        chair = Factory.CreateClient(TestTokens.For(Guid.NewGuid(), "Bo Formand", ["citizen"]));
        other = Factory.CreateClient(TestTokens.For(Guid.NewGuid(), "Carla Kasserer", ["citizen"]));
        staff = Factory.CreateClient(TestTokens.Staff());
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Posted_IsListedAndFound_UntilTheAssociationClosesIt()
    {
        var id = await AssociationAsync(approve: true);
        var posted = await chair.PostAsJsonAsync($"/api/associations/{id}/volunteer-opportunities", Opportunity("Fodboldtræner til U10"));
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var opportunityId = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        Assert.Contains(opportunityId, await ListAsync("q=fodbold"));
        Assert.Contains(opportunityId, await ListAsync("town=Haslev&area=Sport"));
        Assert.DoesNotContain(opportunityId, await ListAsync("q=sejlads"));

        var closed = await chair.PostAsync($"/api/associations/{id}/volunteer-opportunities/{opportunityId}/close", null);
        var closedAgain = await chair.PostAsync($"/api/associations/{id}/volunteer-opportunities/{opportunityId}/close", null);

        Assert.Equal(HttpStatusCode.NoContent, closed.StatusCode);
        await HttpAssert.ProblemAsync(closedAgain, HttpStatusCode.Conflict);
        Assert.DoesNotContain(opportunityId, await ListAsync("q=fodbold"));
    }

    [Fact]
    public async Task Post_ForAnotherAssociation_Returns403_ByAnUnapprovedOne_Returns409_Incomplete_Returns400()
    {
        var approved = await AssociationAsync(approve: true);
        var applied = await AssociationAsync(approve: false);

        await HttpAssert.ProblemAsync(await other.PostAsJsonAsync($"/api/associations/{approved}/volunteer-opportunities", Opportunity("x")), HttpStatusCode.Forbidden);
        await HttpAssert.ProblemAsync(await chair.PostAsJsonAsync($"/api/associations/{applied}/volunteer-opportunities", Opportunity("x")), HttpStatusCode.Conflict);
        var incomplete = await chair.PostAsJsonAsync($"/api/associations/{approved}/volunteer-opportunities", new { title = "Hjælp" });
        var errors = (await HttpAssert.ProblemAsync(incomplete, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("Contact", out _));
    }

    [Fact]
    public async Task Close_ByAnotherAssociation_Returns403_Unknown_Returns404()
    {
        var id = await AssociationAsync(approve: true);
        var posted = await chair.PostAsJsonAsync($"/api/associations/{id}/volunteer-opportunities", Opportunity("Kasserer søges"));
        var opportunityId = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        await HttpAssert.ProblemAsync(await other.PostAsync($"/api/associations/{id}/volunteer-opportunities/{opportunityId}/close", null), HttpStatusCode.Forbidden);
        await HttpAssert.ProblemAsync(await chair.PostAsync($"/api/associations/{id}/volunteer-opportunities/{Guid.NewGuid()}/close", null), HttpStatusCode.NotFound);
        Assert.Contains(opportunityId, await ListAsync("q=kasserer"));
        Assert.Contains(opportunityId, await ListAsync($"associationId={id}"));
        Assert.Empty(await ListAsync($"associationId={Guid.NewGuid()}"));
    }

    private static object Opportunity(string title) => new
    {
        title, description = "Vi mangler en frivillig til torsdagstræningen.", area = "Sport", town = "Haslev",
        timeCommitment = "2 timer om ugen", contact = "Skriv til træner@haslevboldklub.example",
    };

    private async Task<List<Guid>> ListAsync(string query) =>
        (await anonymous.GetFromJsonAsync<JsonElement>($"/api/associations/volunteer-opportunities?{query}"))
            .EnumerateArray().Select(o => o.GetProperty("id").GetGuid()).ToList();

    private async Task<Guid> AssociationAsync(bool approve)
    {
        var id = await chair.RegisterAssociationAsync(Registration.Body("Haslev Boldklub", "Haslev"));
        if (approve)
        {
            await staff.ApproveAssociationAsync(id);
        }

        return id;
    }
}
