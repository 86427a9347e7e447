using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Frivillighed.Contracts.Associations;
using Frivillighed.TestSupport;

namespace Frivillighed.Associations.Tests;

public sealed class AssociationsApiFactory(TestDatabase database) : ServiceFactory<Program>(database, "associationsdb");

public class AssociationsApiTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private AssociationsApiFactory factory = null!;
    private HttpClient client = null!;

    public Task InitializeAsync()
    {
        factory = new AssociationsApiFactory(database);
        client = factory.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task Register_ValidAssociation_Returns201AndCommitsTheEventWithIt()
    {
        var cvr = NewCvr();

        var response = await client.PostAsJsonAsync("/api/associations", new { name = "Faxe Ladeplads Sejlklub", cvrNumber = cvr, town = "Faxe Ladeplads" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Applied", created.GetProperty("status").GetString());
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal($"/api/associations/{id}", response.Headers.Location?.ToString());
        Assert.Equal(1, await database.ScalarAsync<long>($"SELECT count(*) FROM associations WHERE id = '{id}'"));
        Assert.Equal(typeof(AssociationRegistered).FullName, await database.ScalarAsync<string>(
            $"SELECT message_type FROM outbox_messages WHERE payload->>'associationId' = '{id}'"));
    }

    [Fact]
    public async Task Register_InvalidFields_Returns400WithAnErrorPerFieldAndStoresNothing()
    {
        var before = await database.ScalarAsync<long>("SELECT count(*) FROM associations");

        var response = await client.PostAsJsonAsync("/api/associations", new { name = " ", cvrNumber = "12345678", town = "Oslo" });

        var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.Contains("modulus-11", errors.GetProperty("CvrNumber")[0].GetString());
        Assert.Contains("Haslev", errors.GetProperty("Town")[0].GetString());
        Assert.True(errors.TryGetProperty("Name", out _));
        Assert.Equal(before, await database.ScalarAsync<long>("SELECT count(*) FROM associations"));
    }

    [Fact]
    public async Task Register_MalformedJson_Returns400ThatSaysWhy()
    {
        var response = await client.PostAsync("/api/associations", new StringContent("{name:", System.Text.Encoding.UTF8, "application/json"));

        var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("JSON", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Register_CvrAlreadyRegistered_Returns409()
    {
        var cvr = NewCvr();
        await client.PostAsJsonAsync("/api/associations", new { name = "Karise Ældreklub", cvrNumber = cvr, town = "Karise" });

        var response = await client.PostAsJsonAsync("/api/associations", new { name = "Karise Ældreklub II", cvrNumber = cvr, town = "Karise" });

        var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Contains(cvr, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Get_UnknownId_Returns404ProblemJson()
    {
        var response = await client.GetAsync($"/api/associations/{Guid.NewGuid()}");

        await HttpAssert.ProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ChangeStatus_Approve_Returns200AndCommitsTheEvent()
    {
        var id = await RegisterAsync();

        var response = await client.PostAsJsonAsync($"/api/associations/{id}/status", new { status = "Approved", reason = "FOL §4: vedtægter, bestyrelse og 12 betalende medlemmer" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Approved", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal(1, await database.ScalarAsync<long>(
            $"SELECT count(*) FROM outbox_messages WHERE message_type = '{typeof(AssociationStatusChanged).FullName}' AND payload->>'associationId' = '{id}' AND payload->>'status' = 'Approved'"));
    }

    [Fact]
    public async Task ChangeStatus_IllegalTransition_Returns409AndChangesNothing()
    {
        var id = await RegisterAsync();

        var response = await client.PostAsJsonAsync($"/api/associations/{id}/status", new { status = "Suspended", reason = "Børneattest mangler" });

        var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Contains("cannot become Suspended", problem.GetProperty("detail").GetString());
        Assert.Equal("Applied", await database.ScalarAsync<string>($"SELECT status FROM associations WHERE id = '{id}'"));
        Assert.Equal(1, await database.ScalarAsync<long>($"SELECT count(*) FROM outbox_messages WHERE payload->>'associationId' = '{id}'"));
    }

    [Fact]
    public async Task ChangeStatus_WithoutReasonOrUnknownStatus_Returns400()
    {
        var id = await RegisterAsync();

        var missingReason = await client.PostAsJsonAsync($"/api/associations/{id}/status", new { status = "Approved" });
        var unknownStatus = await client.PostAsJsonAsync($"/api/associations/{id}/status", new { status = "Famous", reason = "x" });

        var problem = await HttpAssert.ProblemAsync(missingReason, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("Reason", out _));
        await HttpAssert.ProblemAsync(unknownStatus, HttpStatusCode.BadRequest);
        Assert.Equal("Applied", await database.ScalarAsync<string>($"SELECT status FROM associations WHERE id = '{id}'"));
    }

    [Fact]
    public async Task ChangeStatus_UnknownAssociation_Returns404()
    {
        var response = await client.PostAsJsonAsync($"/api/associations/{Guid.NewGuid()}/status", new { status = "Approved", reason = "x" });

        await HttpAssert.ProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task List_FiltersByStatusAndPagesStably()
    {
        var approved = await RegisterAsync();
        await client.PostAsJsonAsync($"/api/associations/{approved}/status", new { status = "Approved", reason = "ok" });

        var page = await client.GetFromJsonAsync<JsonElement>("/api/associations?status=Approved&pageSize=100");
        var badPage = await client.GetAsync("/api/associations?page=0");

        Assert.Contains(page.GetProperty("items").EnumerateArray(), a => a.GetProperty("id").GetGuid() == approved);
        Assert.All(page.GetProperty("items").EnumerateArray(), a => Assert.Equal("Approved", a.GetProperty("status").GetString()));
        await HttpAssert.ProblemAsync(badPage, HttpStatusCode.BadRequest);
    }

    private async Task<Guid> RegisterAsync()
    {
        var response = await client.PostAsJsonAsync("/api/associations", new { name = "Dalby Spejderne", cvrNumber = NewCvr(), town = "Dalby" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    // A fresh valid CVR number: seven random digits and the check digit that makes the weighted sum divisible by 11.
    private static string NewCvr()
    {
        int[] weights = [2, 7, 6, 5, 4, 3, 2];
        while (true)
        {
            var digits = Random.Shared.Next(1_000_000, 10_000_000).ToString();
            var remainder = digits.Select((d, i) => (d - '0') * weights[i]).Sum() % 11;
            var check = (11 - remainder) % 11;
            if (check < 10)
            {
                return digits + check;
            }
        }
    }
}
