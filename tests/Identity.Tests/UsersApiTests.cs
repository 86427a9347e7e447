using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Frivillighed.Contracts;
using Frivillighed.TestSupport;

namespace Frivillighed.Identity.Tests;

// An admin gives and takes the staff and admin roles with the platform's own access tokens; every change is in the
// audit trail, and the last admin cannot be removed, not even by two admins stepping down at the same moment.
public sealed class UsersApiTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private IdentityFactory identity = null!;

    public async Task InitializeAsync()
    {
        identity = new IdentityFactory(database, "Development");
        await identity.CreateClient().GetAsync("/health");
        // Each test starts from the demo roles: Dorte staff, Erik staff and admin, Anna a citizen.
        await database.ScalarAsync<int>($"UPDATE users SET roles = ARRAY['citizen'] WHERE id = '{DemoUsers.Anna.Id}'");
        await database.ScalarAsync<int>($"UPDATE users SET roles = ARRAY['staff'] WHERE id = '{DemoUsers.Dorte.Id}'");
        await database.ScalarAsync<int>($"UPDATE users SET roles = ARRAY['staff', 'admin'] WHERE id = '{DemoUsers.Erik.Id}'");
    }

    public async Task DisposeAsync() => await identity.DisposeAsync();

    [Fact]
    public async Task AnAdmin_ListsStaff_GivesAndTakesTheStaffRole_AndTheAuditTrailSaysWhoDidWhat()
    {
        var erik = await ClientAsync(DemoUsers.Erik);

        var staff = await erik.GetFromJsonAsync<JsonElement>("/api/identity/users");
        Assert.Contains(staff.EnumerateArray(), u => u.GetProperty("userName").GetString() == "dorte");
        Assert.DoesNotContain(staff.EnumerateArray(), u => u.GetProperty("userName").GetString() == "anna");
        var found = await erik.GetFromJsonAsync<JsonElement>("/api/identity/users?q=Borger");
        Assert.Equal(DemoUsers.Anna.Id, Assert.Single(found.EnumerateArray()).GetProperty("id").GetGuid());

        var granted = await erik.PutAsync($"/api/identity/users/{DemoUsers.Anna.Id}/roles/staff", null);
        Assert.Equal(HttpStatusCode.OK, granted.StatusCode);
        Assert.Equal("{citizen,staff}", await database.ScalarAsync<string>($"SELECT roles::text FROM users WHERE id = '{DemoUsers.Anna.Id}'"));
        var annasToken = await TokenAsync(DemoUsers.Anna);
        Assert.Contains("staff", annasToken.Roles);

        var revoked = await erik.DeleteAsync($"/api/identity/users/{DemoUsers.Anna.Id}/roles/staff");
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Equal("{citizen}", await database.ScalarAsync<string>($"SELECT roles::text FROM users WHERE id = '{DemoUsers.Anna.Id}'"));

        var changes = (await erik.GetFromJsonAsync<JsonElement>("/api/identity/role-changes")).EnumerateArray().Take(2).ToList();
        Assert.Equal([false, true], changes.Select(c => c.GetProperty("granted").GetBoolean()));
        Assert.All(changes, c => Assert.Equal("Erik Administrator", c.GetProperty("actorName").GetString()));
        Assert.All(changes, c => Assert.Equal("Anna Borger", c.GetProperty("userName").GetString()));
    }

    [Fact]
    public async Task StaffWhoAreNotAdmins_AndAnonymousCallers_AreRefused_AndNothingChanges()
    {
        var dorte = await ClientAsync(DemoUsers.Dorte);

        await HttpAssert.ProblemAsync(await dorte.PutAsync($"/api/identity/users/{DemoUsers.Anna.Id}/roles/admin", null), HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Unauthorized, (await identity.CreateClient().GetAsync("/api/identity/users")).StatusCode);
        Assert.Equal("{citizen}", await database.ScalarAsync<string>($"SELECT roles::text FROM users WHERE id = '{DemoUsers.Anna.Id}'"));
    }

    [Fact]
    public async Task AnUnknownRoleOrUser_GetsAClearAnswer()
    {
        var erik = await ClientAsync(DemoUsers.Erik);

        var role = await HttpAssert.ProblemAsync(await erik.PutAsync($"/api/identity/users/{DemoUsers.Anna.Id}/roles/integration", null), HttpStatusCode.BadRequest);
        await HttpAssert.ProblemAsync(await erik.DeleteAsync($"/api/identity/users/{Guid.NewGuid()}/roles/staff"), HttpStatusCode.NotFound);

        Assert.Contains("staff, admin", role.GetProperty("errors").GetProperty("role")[0].GetString());
    }

    [Fact]
    public async Task TheLastAdmin_CannotBeRemoved()
    {
        var erik = await ClientAsync(DemoUsers.Erik);

        var refused = await erik.DeleteAsync($"/api/identity/users/{DemoUsers.Erik.Id}/roles/admin");

        Assert.Contains("last admin", (await HttpAssert.ProblemAsync(refused, HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        Assert.Equal("{staff,admin}", await database.ScalarAsync<string>($"SELECT roles::text FROM users WHERE id = '{DemoUsers.Erik.Id}'"));
    }

    // Two admins each take the other's admin role at the same moment: one succeeds, one is refused, one admin is left.
    [Fact]
    public async Task TwoAdminsSteppingDownAtOnce_LeaveOneAdmin()
    {
        var erik = await ClientAsync(DemoUsers.Erik);
        for (var round = 0; round < 10; round++)
        {
            Assert.Equal(HttpStatusCode.OK, (await erik.PutAsync($"/api/identity/users/{DemoUsers.Dorte.Id}/roles/admin", null)).StatusCode);
            var dorte = await ClientAsync(DemoUsers.Dorte);

            var both = await Task.WhenAll(
                erik.DeleteAsync($"/api/identity/users/{DemoUsers.Dorte.Id}/roles/admin"),
                dorte.DeleteAsync($"/api/identity/users/{DemoUsers.Erik.Id}/roles/admin"));

            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], both.Select(r => r.StatusCode).Order());
            Assert.Equal(1, await database.ScalarAsync<long>("SELECT count(*) FROM users WHERE 'admin' = ANY (roles)"));
            if (both[0].StatusCode == HttpStatusCode.Conflict)
            {
                // Erik stepped down (Dorte's call won): Dorte gives it back for the next round.
                Assert.Equal(HttpStatusCode.OK, (await dorte.PutAsync($"/api/identity/users/{DemoUsers.Erik.Id}/roles/admin", null)).StatusCode);
            }
        }
    }

    private async Task<HttpClient> ClientAsync(DemoUser user)
    {
        var client = identity.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await TokenAsync(user)).AccessToken);
        return client;
    }

    private async Task<(string AccessToken, string[] Roles)> TokenAsync(DemoUser user)
    {
        var response = await identity.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["username"] = user.UserName, ["password"] = DemoUsers.DevOnlyPassword,
            ["client_id"] = "frivillighed-dev", ["scope"] = "frivillighed-api roles",
        }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
        var jwt = new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(token);
        return (token, [.. jwt.Claims.Where(c => c.Type == "role").Select(c => c.Value)]);
    }
}
