using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Frivillighed.TestSupport;

namespace Frivillighed.Associations.Tests;

// What the representatives' portal asks of the API: a registration checked step by step, the public data edited,
// the task list's obligations, roles changed, and representatives invited by a one-time code.
public class RepresentativePortalApiTests(TestDatabase database) : ApiTests<AssociationsApiFactory>(database)
{
    private readonly Guid chairId = Guid.NewGuid();
    private HttpClient chair = null!;
    private HttpClient stranger = null!;
    private Guid associationId;

    public override async Task InitializeAsync()
    {
        chair = Factory.CreateClient(TestTokens.For(chairId, "Bo Formand", ["citizen"]));
        stranger = Factory.CreateClient(TestTokens.For(Guid.NewGuid(), "Eva Fremmed", ["citizen"]));
        var body = Registration.Body("Haslev Boldklub", "Haslev");
        body["fol4Statement"] = new { statutesWithPurpose = true, board = true, democraticStructure = true, atLeastFivePayingMembers = false,
            openToAllWhoSupportThePurpose = true, basedInTheMunicipality = true, nonProfit = true };
        associationId = await chair.RegisterAssociationAsync(body);
    }

    [Fact]
    public async Task CheckRegistration_OfAFirstStep_NamesEveryProblem_AndRegistersNothing()
    {
        var before = await Database.ScalarAsync<long>("SELECT count(*) FROM associations");

        var response = await chair.PostAsJsonAsync("/api/associations/check", new { name = "Faxe Petanque", cvrNumber = "12345678", town = "Faxe", address = "Torvet 1" });

        var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("CvrNumber", out _));
        Assert.True(errors.TryGetProperty("ActivityAreas", out _));
        Assert.False(errors.TryGetProperty("Name", out _));
        Assert.Equal(before, await Database.ScalarAsync<long>("SELECT count(*) FROM associations"));
    }

    [Fact]
    public async Task CheckRegistration_OfACvrNumberInUse_SaysSoOnTheField_AndOfACompleteOne_Is204()
    {
        var taken = await chair.GetFromJsonAsync<JsonElement>($"/api/associations/{associationId}");
        var again = Registration.Body("Haslev Boldklub igen", "Haslev", cvr: taken.GetProperty("cvrNumber").GetString());

        var problem = await HttpAssert.ProblemAsync(await chair.PostAsJsonAsync("/api/associations/check", again), HttpStatusCode.BadRequest);
        var fresh = await chair.PostAsJsonAsync("/api/associations/check", Registration.Body("Faxe Petanque", "Faxe"));

        Assert.Contains("already registered", problem.GetProperty("errors").GetProperty("CvrNumber")[0].GetString());
        Assert.Equal(HttpStatusCode.NoContent, fresh.StatusCode);
    }

    [Fact]
    public async Task Obligations_ShowTheUnmetConditions_TheDeclarationAndLastYearsCount_ToTheChairOnly()
    {
        var obligations = await chair.GetFromJsonAsync<JsonElement>($"/api/associations/{associationId}/obligations");
        var foreign = await stranger.GetAsync($"/api/associations/{associationId}/obligations");

        Assert.Equal("AtLeastFivePayingMembers", Assert.Single(obligations.GetProperty("unmetConditions").EnumerateArray()).GetString());
        Assert.True(obligations.GetProperty("childSafetyDue").GetBoolean());
        Assert.True(obligations.GetProperty("memberCountDue").GetBoolean());
        Assert.Equal(DateTime.Now.Year - 1, obligations.GetProperty("memberCountYear").GetInt32());
        await HttpAssert.ProblemAsync(foreign, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Update_ChangesThePublicData_KeepsTheCvrNumber_AndPublishesTheChange()
    {
        var response = await chair.PutAsJsonAsync($"/api/associations/{associationId}", new
        {
            name = "Haslev Boldklub af 1921", town = "Haslev", address = "Stadionvej 2, 4690 Haslev", activityAreas = new[] { "Sport", "ChildrenAndYouth" },
            hasChildrenUnder15 = true, description = "Fodbold for alle.", contactEmail = "kontakt@hb.example",
        });
        var refused = await stranger.PutAsJsonAsync($"/api/associations/{associationId}", new { name = "Overtaget" });
        var invalid = await chair.PutAsJsonAsync($"/api/associations/{associationId}", new { name = "", town = "Ringsted" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Haslev Boldklub af 1921", await Database.ScalarAsync<string>($"SELECT name FROM associations WHERE id = '{associationId}'"));
        Assert.Equal(1, await Database.ScalarAsync<long>($"SELECT count(*) FROM outbox_messages WHERE message_type LIKE '%AssociationDetailsChanged%'"));
        await HttpAssert.ProblemAsync(refused, HttpStatusCode.Forbidden);
        var problem = await HttpAssert.ProblemAsync(invalid, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("Town", out _));
        Assert.Equal("Haslev Boldklub af 1921", await Database.ScalarAsync<string>($"SELECT name FROM associations WHERE id = '{associationId}'"));
    }

    [Fact]
    public async Task AnInvitationCode_MakesWhoeverUsesItARepresentative_Once()
    {
        var invited = Factory.CreateClient(TestTokens.For(Guid.NewGuid(), "Tove Kasserer", ["citizen"]));
        var created = await chair.PostAsJsonAsync($"/api/associations/{associationId}/invitations", new { role = "Treasurer" });
        var code = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
        var byStranger = await stranger.PostAsJsonAsync($"/api/associations/{associationId}/invitations", new { role = "Chair" });

        var accepted = await invited.PostAsJsonAsync("/api/associations/invitations/accept", new { code = code.ToLowerInvariant() });
        var reused = await stranger.PostAsJsonAsync("/api/associations/invitations/accept", new { code });
        var unknown = await stranger.PostAsJsonAsync("/api/associations/invitations/accept", new { code = "AAAAA-AAAAA" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        await HttpAssert.ProblemAsync(byStranger, HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("Treasurer", (await invited.GetFromJsonAsync<JsonElement>("/api/associations/mine"))[0].GetProperty("role").GetString());
        await HttpAssert.ProblemAsync(reused, HttpStatusCode.Conflict);
        await HttpAssert.ProblemAsync(unknown, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ChangeRole_NeverLeavesTheAssociationWithoutAChair()
    {
        var alone = await chair.PutAsJsonAsync($"/api/associations/{associationId}/representatives/{chairId}", new { role = "Member" });
        var secondId = Guid.NewGuid();
        await chair.PostAsJsonAsync($"/api/associations/{associationId}/representatives", new { userId = secondId, name = "Ny Formand", role = "Treasurer" });
        var promoted = await chair.PutAsJsonAsync($"/api/associations/{associationId}/representatives/{secondId}", new { role = "Chair" });
        var stepDown = await chair.PutAsJsonAsync($"/api/associations/{associationId}/representatives/{chairId}", new { role = "Member" });

        await HttpAssert.ProblemAsync(alone, HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.OK, promoted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stepDown.StatusCode);
        Assert.Equal(1, await Database.ScalarAsync<long>($"SELECT count(*) FROM representatives WHERE association_id = '{associationId}' AND role = 'Chair'"));
    }

    // Two chairs step down at the same moment, each leaving the other: the Database lets only one go.
    [Fact]
    public async Task TwoChairsSteppingDownAtOnce_LeaveOneChair()
    {
        for (var round = 0; round < 10; round++)
        {
            var (firstId, secondId) = (Guid.NewGuid(), Guid.NewGuid());
            var first = Factory.CreateClient(TestTokens.For(firstId, "Første Formand", ["citizen"]));
            var second = Factory.CreateClient(TestTokens.For(secondId, "Anden Formand", ["citizen"]));
            var id = await first.RegisterAssociationAsync(Registration.Body($"Faxe Bridge {round}", "Faxe"));
            await first.PostAsJsonAsync($"/api/associations/{id}/representatives", new { userId = secondId, name = "Anden Formand", role = "Chair" });

            var answers = await Task.WhenAll(
                first.PutAsJsonAsync($"/api/associations/{id}/representatives/{firstId}", new { role = "Member" }),
                second.DeleteAsync($"/api/associations/{id}/representatives/{secondId}"));

            Assert.Equal(1, await Database.ScalarAsync<long>($"SELECT count(*) FROM representatives WHERE association_id = '{id}' AND role = 'Chair'"));
            Assert.Contains(answers, a => a.StatusCode == HttpStatusCode.Conflict);
        }
    }
}
