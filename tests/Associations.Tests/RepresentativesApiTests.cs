using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Frivillighed.Contracts.Associations;
using Frivillighed.TestSupport;

namespace Frivillighed.Associations.Tests;

public class RepresentativesApiTests(TestDatabase database) : ApiTests<AssociationsApiFactory>(database)
{
    private readonly Guid chairId = Guid.NewGuid();
    private HttpClient chair = null!;
    private HttpClient otherRepresentative = null!;
    private HttpClient staff = null!;
    private Guid associationId;

    public override async Task InitializeAsync()
    {
        chair = Factory.CreateClient(TestTokens.For(chairId, "Bo Formand", ["citizen"]));
        otherRepresentative = Factory.CreateClient(TestTokens.For(Guid.NewGuid(), "Carla Kasserer", ["citizen"]));
        staff = Factory.CreateClient(TestTokens.Staff());
        var created = await chair.PostAsJsonAsync("/api/associations", Registration.Body("Haslev Boldklub", "Haslev"));
        associationId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await otherRepresentative.PostAsJsonAsync("/api/associations", Registration.Body("Faxe Ladeplads Sejlklub", "Faxe Ladeplads"));
    }

    [Fact]
    public async Task List_ByTheChair_ShowsThem_ByAnotherAssociationsRepresentative_Is403()
    {
        var own = await chair.GetFromJsonAsync<JsonElement>($"/api/associations/{associationId}/representatives");
        var foreign = await otherRepresentative.GetAsync($"/api/associations/{associationId}/representatives");

        Assert.Equal(chairId, Assert.Single(own.EnumerateArray()).GetProperty("userId").GetGuid());
        await HttpAssert.ProblemAsync(foreign, HttpStatusCode.Forbidden);
    }

    // Min side: each user sees the associations they represent (awaiting approval too), with their role, and no others.
    [Fact]
    public async Task Mine_ListsTheUsersOwnAssociations_WithTheirRole()
    {
        var treasurerId = Guid.NewGuid();
        await chair.PostAsJsonAsync($"/api/associations/{associationId}/representatives", new { userId = treasurerId, name = "Tove Kasserer", role = "Treasurer" });
        var treasurer = Factory.CreateClient(TestTokens.For(treasurerId, "Tove Kasserer", ["citizen"]));

        var chairs = await chair.GetFromJsonAsync<JsonElement>("/api/associations/mine");
        var treasurers = await treasurer.GetFromJsonAsync<JsonElement>("/api/associations/mine");
        var anonymous = await Factory.CreateClient().GetAsync("/api/associations/mine");

        var own = Assert.Single(chairs.EnumerateArray());
        Assert.Equal("Haslev Boldklub", own.GetProperty("association").GetProperty("name").GetString());
        Assert.Equal("Applied", own.GetProperty("association").GetProperty("status").GetString());
        Assert.Equal("Chair", own.GetProperty("role").GetString());
        Assert.Equal("Treasurer", Assert.Single(treasurers.EnumerateArray()).GetProperty("role").GetString());
        await HttpAssert.ProblemAsync(anonymous, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Add_ByTheChair_Returns201_StoresTheRow_AndCommitsTheEvent()
    {
        var treasurer = Guid.NewGuid();

        var response = await chair.PostAsJsonAsync($"/api/associations/{associationId}/representatives",
            new { userId = treasurer, name = "Tove Kasserer", role = "Treasurer" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("Treasurer", await Database.ScalarAsync<string>($"SELECT role FROM representatives WHERE user_id = '{treasurer}'"));
        Assert.Equal(1, await Database.ScalarAsync<long>(
            $"SELECT count(*) FROM outbox_messages WHERE message_type = '{typeof(RepresentativeAdded).FullName}' AND payload->>'userId' = '{treasurer}'"));
    }

    [Fact]
    public async Task Add_ByAnotherAssociationsRepresentative_Returns403AndStoresNothing()
    {
        var intruder = Guid.NewGuid();

        var response = await otherRepresentative.PostAsJsonAsync($"/api/associations/{associationId}/representatives",
            new { userId = intruder, name = "Mallory", role = "Chair" });

        await HttpAssert.ProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal(0, await Database.ScalarAsync<long>($"SELECT count(*) FROM representatives WHERE user_id = '{intruder}'"));
    }

    [Fact]
    public async Task Add_SamePersonTwice_Returns409()
    {
        var member = Guid.NewGuid();
        await chair.PostAsJsonAsync($"/api/associations/{associationId}/representatives", new { userId = member, name = "Mads", role = "Member" });

        var again = await staff.PostAsJsonAsync($"/api/associations/{associationId}/representatives", new { userId = member, name = "Mads", role = "BookingContact" });

        await HttpAssert.ProblemAsync(again, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Add_WithoutRole_Returns400()
    {
        var response = await chair.PostAsJsonAsync($"/api/associations/{associationId}/representatives", new { userId = Guid.NewGuid(), name = "Mads" });

        var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("Role", out _));
    }

    [Fact]
    public async Task Remove_ARepresentative_Returns204_DeletesTheirData_AndCommitsTheEvent()
    {
        var member = Guid.NewGuid();
        await chair.PostAsJsonAsync($"/api/associations/{associationId}/representatives", new { userId = member, name = "Mads Medlem", role = "Member" });

        var response = await chair.DeleteAsync($"/api/associations/{associationId}/representatives/{member}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(0, await Database.ScalarAsync<long>($"SELECT count(*) FROM representatives WHERE user_id = '{member}'"));
        Assert.Equal(1, await Database.ScalarAsync<long>(
            $"SELECT count(*) FROM outbox_messages WHERE message_type = '{typeof(RepresentativeRemoved).FullName}' AND payload->>'userId' = '{member}'"));
    }

    [Fact]
    public async Task Remove_TheLastChair_Returns409()
    {
        var response = await staff.DeleteAsync($"/api/associations/{associationId}/representatives/{chairId}");

        var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Contains("at least one chair", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Remove_SomeoneWhoIsNotARepresentative_Returns404()
    {
        var response = await chair.DeleteAsync($"/api/associations/{associationId}/representatives/{Guid.NewGuid()}");

        await HttpAssert.ProblemAsync(response, HttpStatusCode.NotFound);
    }
}
