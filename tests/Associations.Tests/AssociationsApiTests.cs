using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Frivillighed.Contracts.Associations;
using Frivillighed.TestSupport;
using Microsoft.IdentityModel.Tokens;

namespace Frivillighed.Associations.Tests;

public sealed class AssociationsApiFactory(TestDatabase database) : ServiceFactory<Program>(database, "associationsdb");

public class AssociationsApiTests(TestDatabase database) : ApiTests<AssociationsApiFactory>(database)
{
    private readonly Guid chairId = Guid.NewGuid();
    private readonly Guid otherId = Guid.NewGuid();
    private HttpClient anonymous = null!;
    private HttpClient chair = null!;
    private HttpClient other = null!;
    private HttpClient staff = null!;

    public override Task InitializeAsync()
    {
        anonymous = Factory.CreateClient();
        chair = Factory.CreateClient(TestTokens.For(chairId, "Bo Formand", ["citizen"]));
        other = Factory.CreateClient(TestTokens.For(otherId, "Carla Kasserer", ["citizen"]));
        staff = Factory.CreateClient(TestTokens.Staff());
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Register_ValidAssociation_Returns201_MakesTheCallerItsChair_AndCommitsBothEvents()
    {
        var response = await chair.PostAsJsonAsync("/api/associations", Registration.Body("Faxe Ladeplads Sejlklub", "Faxe Ladeplads"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Applied", created.GetProperty("status").GetString());
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal($"/api/associations/{id}", response.Headers.Location?.ToString());
        Assert.Equal("Chair", await Database.ScalarAsync<string>($"SELECT role FROM representatives WHERE association_id = '{id}' AND user_id = '{chairId}'"));
        Assert.Equal(2, await Database.ScalarAsync<long>(
            $"SELECT count(*) FROM outbox_messages WHERE payload->>'associationId' = '{id}' AND message_type IN "
            + $"('{typeof(AssociationRegistered).FullName}', '{typeof(RepresentativeAdded).FullName}')"));
    }

    [Fact]
    public async Task Register_Anonymous_Returns401ProblemJson()
    {
        var response = await anonymous.PostAsJsonAsync("/api/associations", Registration.Body("Haslev Boldklub", "Haslev"));

        var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Contains("bearer token", problem.GetProperty("detail").GetString());
    }

    public static TheoryData<string, string> BadTokens() => new()
    {
        { "wrong issuer", TestTokens.For(Guid.NewGuid(), "Mallory", ["staff"], issuer: "https://evil.example/") },
        { "wrong audience", TestTokens.For(Guid.NewGuid(), "Mallory", ["staff"], audience: "another-api") },
        { "expired", TestTokens.For(Guid.NewGuid(), "Mallory", ["staff"], expires: DateTime.UtcNow.AddMinutes(-5)) },
        { "signed with another key", TestTokens.For(Guid.NewGuid(), "Mallory", ["staff"],
            key: new SymmetricSecurityKey(Encoding.UTF8.GetBytes("a-key-the-service-has-never-seen-0123456789abcdef"))) },
        { "tampered payload", Tamper(TestTokens.For(Guid.NewGuid(), "Mallory", ["citizen"])) },
    };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task AnyWrite_WithAnInvalidToken_Returns401(string why, string token)
    {
        var client = Factory.CreateClient(token);

        var response = await client.PostAsJsonAsync("/api/associations", Registration.Body("Haslev Boldklub", "Haslev"));

        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{why}: {response.StatusCode}");
        await HttpAssert.ProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Register_ProtectedFieldsInTheBody_AreIgnored()
    {
        var forgedId = Guid.NewGuid();

        var response = await chair.PostAsJsonAsync("/api/associations",
            new Dictionary<string, object?>(Registration.Body("Dalby Spejderne", "Dalby")) { ["id"] = forgedId, ["status"] = "Approved", ["version"] = 99 });

        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Applied", created.GetProperty("status").GetString());
        Assert.NotEqual(forgedId, created.GetProperty("id").GetGuid());
        Assert.Equal(1, await Database.ScalarAsync<int>($"SELECT version FROM associations WHERE id = '{created.GetProperty("id").GetGuid()}'"));
    }

    [Fact]
    public async Task Register_InvalidFields_Returns400WithAnErrorPerFieldAndStoresNothing()
    {
        var before = await Database.ScalarAsync<long>("SELECT count(*) FROM associations");

        var response = await chair.PostAsJsonAsync("/api/associations", Registration.Body(" ", "Oslo", "12345678"));

        var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.Contains("modulus-11", errors.GetProperty("CvrNumber")[0].GetString());
        Assert.Contains("Haslev", errors.GetProperty("Town")[0].GetString());
        Assert.True(errors.TryGetProperty("Name", out _));
        Assert.Equal(before, await Database.ScalarAsync<long>("SELECT count(*) FROM associations"));
    }

    [Fact]
    public async Task Register_MalformedJson_Returns400ThatSaysWhy()
    {
        var response = await chair.PostAsync("/api/associations", new StringContent("{name:", Encoding.UTF8, "application/json"));

        var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("JSON", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Register_CvrAlreadyRegistered_Returns409()
    {
        var cvr = Cvr.New();
        await chair.PostAsJsonAsync("/api/associations", Registration.Body("Karise Ældreklub", "Karise", cvr));

        var response = await other.PostAsJsonAsync("/api/associations", Registration.Body("Karise Ældreklub II", "Karise", cvr));

        var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Contains(cvr, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Get_UnknownId_Returns404ProblemJson()
    {
        var response = await anonymous.GetAsync($"/api/associations/{Guid.NewGuid()}");

        await HttpAssert.ProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Get_AssociationAwaitingApproval_IsVisibleOnlyToItsRepresentativesAndStaff()
    {
        var id = await RegisterAsync();

        Assert.Equal(HttpStatusCode.OK, (await chair.GetAsync($"/api/associations/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"/api/associations/{id}")).StatusCode);
        await HttpAssert.ProblemAsync(await other.GetAsync($"/api/associations/{id}"), HttpStatusCode.NotFound);
        await HttpAssert.ProblemAsync(await anonymous.GetAsync($"/api/associations/{id}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ChangeStatus_ByStaff_Returns200_CommitsTheEvent_AndAuditsTheDecision()
    {
        var id = await RegisterAsync();

        var response = await staff.PostAsJsonAsync($"/api/associations/{id}/status", new { status = "Approved", reason = "FOL §4: vedtægter, bestyrelse og 12 betalende medlemmer", checklist = Registration.Fol4AllMet });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Approved", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal(1, await Database.ScalarAsync<long>(
            $"SELECT count(*) FROM outbox_messages WHERE message_type = '{typeof(AssociationStatusChanged).FullName}' AND payload->>'associationId' = '{id}' AND payload->>'status' = 'Approved'"));
        var audit = await staff.GetFromJsonAsync<JsonElement>($"/api/associations/audit?associationId={id}");
        var entry = Assert.Single(audit.EnumerateArray());
        Assert.Equal("Dorte Medarbejder", entry.GetProperty("actorName").GetString());
        Assert.Equal("status Applied → Approved (§4 checklist confirmed)", entry.GetProperty("action").GetString());
        Assert.StartsWith("FOL §4", entry.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task ChangeStatus_WithChecklistNotes_KeepsEachNoteInTheAuditTrail()
    {
        var id = await RegisterAsync();

        var response = await staff.PostAsJsonAsync($"/api/associations/{id}/status", new
        {
            status = "Approved", reason = "FOL §4 opfyldt", checklist = Registration.Fol4AllMet,
            checklistNotes = new Dictionary<string, string> { ["Board"] = "Referat fra generalforsamlingen 2026", ["NonProfit"] = " ", },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entry = Assert.Single((await staff.GetFromJsonAsync<JsonElement>($"/api/associations/audit?associationId={id}")).EnumerateArray());
        Assert.Equal("status Applied → Approved (§4 checklist confirmed); §4 notes: Board: Referat fra generalforsamlingen 2026", entry.GetProperty("action").GetString());
    }

    [Fact]
    public async Task ChangeStatus_WithANoteOnAnUnknownCondition_Returns400AndChangesNothing()
    {
        var id = await RegisterAsync();

        var response = await staff.PostAsJsonAsync($"/api/associations/{id}/status", new
        {
            status = "Approved", reason = "FOL §4 opfyldt", checklist = Registration.Fol4AllMet, checklistNotes = new Dictionary<string, string> { ["Famous"] = "yes" },
        });

        var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("ChecklistNotes", out _));
        Assert.Equal("Applied", await Database.ScalarAsync<string>($"SELECT status FROM associations WHERE id = '{id}'"));
    }

    [Fact]
    public async Task ChangeStatus_ByTheAssociationsOwnChair_Returns403AndChangesNothing()
    {
        var id = await RegisterAsync();

        var response = await chair.PostAsJsonAsync($"/api/associations/{id}/status", new { status = "Approved", reason = "we are great", checklist = Registration.Fol4AllMet });

        await HttpAssert.ProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal("Applied", await Database.ScalarAsync<string>($"SELECT status FROM associations WHERE id = '{id}'"));
    }

    [Fact]
    public async Task ChangeStatus_IllegalTransition_Returns409AndChangesNothing()
    {
        var id = await RegisterAsync();

        var response = await staff.PostAsJsonAsync($"/api/associations/{id}/status", new { status = "Suspended", reason = "Børneattest mangler" });

        var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Contains("cannot become Suspended", problem.GetProperty("detail").GetString());
        Assert.Equal("Applied", await Database.ScalarAsync<string>($"SELECT status FROM associations WHERE id = '{id}'"));
        Assert.Equal(0, await Database.ScalarAsync<long>(
            $"SELECT count(*) FROM outbox_messages WHERE payload->>'associationId' = '{id}' AND message_type = '{typeof(AssociationStatusChanged).FullName}'"));
    }

    [Fact]
    public async Task ChangeStatus_WithoutReasonOrUnknownStatus_Returns400()
    {
        var id = await RegisterAsync();

        var missingReason = await staff.PostAsJsonAsync($"/api/associations/{id}/status", new { status = "Approved" });
        var unknownStatus = await staff.PostAsJsonAsync($"/api/associations/{id}/status", new { status = "Famous", reason = "x" });

        var problem = await HttpAssert.ProblemAsync(missingReason, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("Reason", out _));
        await HttpAssert.ProblemAsync(unknownStatus, HttpStatusCode.BadRequest);
        Assert.Equal("Applied", await Database.ScalarAsync<string>($"SELECT status FROM associations WHERE id = '{id}'"));
    }

    [Fact]
    public async Task ChangeStatus_UnknownAssociation_Returns404()
    {
        var response = await staff.PostAsJsonAsync($"/api/associations/{Guid.NewGuid()}/status", new { status = "Approved", reason = "x", checklist = Registration.Fol4AllMet });

        await HttpAssert.ProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task List_ThePublicSeesOnlyApproved_StaffFilterTheWholeRegister()
    {
        var applied = await RegisterAsync();
        var approved = await RegisterAsync();
        await staff.PostAsJsonAsync($"/api/associations/{approved}/status", new { status = "Approved", reason = "ok", checklist = Registration.Fol4AllMet });

        var publicPage = await anonymous.GetFromJsonAsync<JsonElement>("/api/associations?status=Applied&pageSize=100");
        var staffPage = await staff.GetFromJsonAsync<JsonElement>("/api/associations?status=Applied&pageSize=100");
        var badPage = await anonymous.GetAsync("/api/associations?page=0");

        Assert.All(publicPage.GetProperty("items").EnumerateArray(), a => Assert.Equal("Approved", a.GetProperty("status").GetString()));
        Assert.Contains(publicPage.GetProperty("items").EnumerateArray(), a => a.GetProperty("id").GetGuid() == approved);
        Assert.Contains(staffPage.GetProperty("items").EnumerateArray(), a => a.GetProperty("id").GetGuid() == applied);
        await HttpAssert.ProblemAsync(badPage, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task ExportCsv_GivesStaffTheRegister_AndNobodyElse()
    {
        var id = await RegisterAsync();

        var response = await staff.GetAsync("/api/associations/export.csv");
        var refused = await chair.GetAsync("/api/associations/export.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,name,cvr_number,town", lines[0]);
        Assert.Contains(lines, l => l.StartsWith(id.ToString()) && l.Contains(",Applied,"));
        await HttpAssert.ProblemAsync(refused, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Audit_IsForStaffOnly()
    {
        await HttpAssert.ProblemAsync(await chair.GetAsync("/api/associations/audit"), HttpStatusCode.Forbidden);
        await HttpAssert.ProblemAsync(await anonymous.GetAsync("/api/associations/audit"), HttpStatusCode.Unauthorized);
    }

    private async Task<Guid> RegisterAsync()
    {
        var response = await chair.PostAsJsonAsync("/api/associations", Registration.Body("Dalby Spejderne", "Dalby"));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    // Changes a claim in the payload and keeps the old signature.
    private static string Tamper(string token)
    {
        var parts = token.Split('.');
        var payload = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(parts[1])).Replace("\"citizen\"", "\"staff\"");
        return $"{parts[0]}.{Base64UrlEncoder.Encode(payload)}.{parts[2]}";
    }
}
