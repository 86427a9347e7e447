using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Frivillighed.Contracts.Associations;
using Frivillighed.TestSupport;

namespace Frivillighed.Associations.Tests;

// Four associations registered once for the whole class: three approved, one still applying.
public sealed class DirectoryFixture : IAsyncLifetime
{
    public TestDatabase Database { get; } = new();
    public AssociationsApiFactory Factory { get; private set; } = null!;
    public HttpClient Anonymous { get; private set; } = null!;
    public HttpClient Chair { get; private set; } = null!;
    public HttpClient Staff { get; private set; } = null!;
    public Guid Boldklub { get; private set; }
    public Guid Sejlklub { get; private set; }
    public Guid Seniorer { get; private set; }
    public Guid Pending { get; private set; }

    public async Task InitializeAsync()
    {
        Factory = new AssociationsApiFactory(Database);
        Anonymous = Factory.CreateClient();
        Chair = Factory.CreateClient(TestTokens.For(Guid.NewGuid(), "Bo Formand", ["citizen"]));
        Staff = Factory.CreateClient(TestTokens.Staff());
        Boldklub = await RegisterAsync(Registration.Body("Haslev Boldklub", "Haslev", description: "Fodbold for alle aldre."), approve: true);
        Sejlklub = await RegisterAsync(Registration.Body("Faxe Ladeplads Sejlklub", "Faxe Ladeplads", description: "Kapsejlads og juniorsejlads."), approve: true);
        var seniorBody = Registration.Body("Karise Seniorforening", "Karise", description: "En hyggelig ældreklub med kortspil og udflugter.");
        seniorBody["activityAreas"] = new[] { "ElderlyAndCare" };
        Seniorer = await RegisterAsync(seniorBody, approve: true);
        Pending = await RegisterAsync(Registration.Body("Haslev Boldklub Old Boys", "Haslev"), approve: false);
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Database.DisposeAsync();
    }

    public async Task<Guid> RegisterAsync(Dictionary<string, object?> body, bool approve)
    {
        var id = await Chair.RegisterAssociationAsync(body);
        if (approve)
        {
            await Staff.ApproveAssociationAsync(id);
        }

        return id;
    }
}

// The public directory: Danish full-text search, filters, stable paging, only approved associations.
public class DirectoryApiTests(DirectoryFixture fixture) : IClassFixture<DirectoryFixture>
{
    private TestDatabase database => fixture.Database;
    private HttpClient anonymous => fixture.Anonymous;
    private HttpClient chair => fixture.Chair;
    private HttpClient staff => fixture.Staff;
    private Guid boldklub => fixture.Boldklub;
    private Guid sejlklub => fixture.Sejlklub;
    private Guid seniorer => fixture.Seniorer;
    private Guid pending => fixture.Pending;

    [Theory]
    [InlineData("boldklub haslev", "Haslev Boldklub")]
    [InlineData("sejl", "Faxe Ladeplads Sejlklub")]
    [InlineData("ældre", "Karise Seniorforening")]
    [InlineData("KAPSEJLADS", "Faxe Ladeplads Sejlklub")]
    public async Task Search_UnderstandsDanish(string q, string expected)
    {
        var names = await SearchAsync(anonymous, $"q={Uri.EscapeDataString(q)}");

        Assert.Equal(expected, names.First());
    }

    [Fact]
    public async Task Search_ShowsTheUnapprovedOnlyToStaff()
    {
        Assert.DoesNotContain("Haslev Boldklub Old Boys", await SearchAsync(anonymous, "q=boldklub"));
        Assert.Contains("Haslev Boldklub Old Boys", await SearchAsync(staff, "q=boldklub&status=Applied"));
    }

    [Fact]
    public async Task Filters_ByTownAndActivityArea()
    {
        Assert.Equal(["Haslev Boldklub"], await SearchAsync(anonymous, "town=Haslev"));
        Assert.Equal(["Karise Seniorforening"], await SearchAsync(anonymous, "area=ElderlyAndCare"));
    }

    [Fact]
    public async Task Search_WithQuerySyntaxInTheInput_IsJustText()
    {
        var response = await anonymous.GetAsync($"/api/associations?q={Uri.EscapeDataString("sejl & !(') :* |")}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Faxe Ladeplads Sejlklub", await SearchAsync(anonymous, $"q={Uri.EscapeDataString("sejl & !(') :* |")}"));
    }

    [Fact]
    public async Task Paging_IsStableAndComplete()
    {
        var first = await anonymous.GetFromJsonAsync<JsonElement>("/api/associations?pageSize=2&page=1");
        var second = await anonymous.GetFromJsonAsync<JsonElement>("/api/associations?pageSize=2&page=2");

        var ids = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray())
            .Select(a => a.GetProperty("id").GetGuid()).ToList();
        Assert.Equal(3, first.GetProperty("total").GetInt32());
        Assert.Equal(new[] { boldklub, sejlklub, seniorer }.Order(), ids.Order());
    }

    [Fact]
    public async Task Entries_CarryNoPersonalDataOfRepresentatives()
    {
        var page = await anonymous.GetStringAsync("/api/associations?q=boldklub");

        Assert.DoesNotContain("Bo Formand", page);
        Assert.DoesNotContain("representative", page, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Approve_WithoutTheFullChecklist_Returns422NamingWhatIsMissing()
    {
        var checklist = new
        {
            statutesWithPurpose = true, board = true, democraticStructure = true, atLeastFivePayingMembers = false,
            openToAllWhoSupportThePurpose = true, basedInTheMunicipality = true, nonProfit = true,
        };

        var partial = await staff.PostAsJsonAsync($"/api/associations/{pending}/status", new { status = "Approved", reason = "ok", checklist });
        var none = await staff.PostAsJsonAsync($"/api/associations/{pending}/status", new { status = "Approved", reason = "ok" });

        var problem = await HttpAssert.ProblemAsync(partial, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("at least 5 paying members", problem.GetProperty("detail").GetString());
        await HttpAssert.ProblemAsync(none, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("Applied", await database.ScalarAsync<string>($"SELECT status FROM associations WHERE id = '{pending}'"));
    }

    [Fact]
    public async Task Approve_PublishesAssociationApproved_AndReject_AssociationRejected()
    {
        var toReject = await fixture.RegisterAsync(Registration.Body("Dalby Dartklub", "Dalby"), approve: false);

        await staff.PostAsJsonAsync($"/api/associations/{toReject}/status", new { status = "Rejected", reason = "Ikke hjemmehørende i kommunen" });

        Assert.Equal(1, await database.ScalarAsync<long>(
            $"SELECT count(*) FROM outbox_messages WHERE message_type = '{typeof(AssociationApproved).FullName}' AND payload->>'associationId' = '{boldklub}'"));
        Assert.Equal(1, await database.ScalarAsync<long>(
            $"SELECT count(*) FROM outbox_messages WHERE message_type = '{typeof(AssociationRejected).FullName}' AND payload->>'associationId' = '{toReject}'"));
    }

    [Fact]
    public async Task Register_MissingOrMalformedDetails_Returns400PerField()
    {
        var body = Registration.Body("Faxe Bridgeklub", "Faxe");
        body.Remove("address");
        body["activityAreas"] = Array.Empty<string>();
        body.Remove("hasChildrenUnder15");
        body["contactEmail"] = "not-an-email";
        body["website"] = "ftp://example.org";
        body["foundedOn"] = "2999-01-01";

        var response = await chair.PostAsJsonAsync("/api/associations", body);

        var errors = (await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        foreach (var field in new[] { "Address", "ActivityAreas", "HasChildrenUnder15", "ContactEmail", "Website", "FoundedOn" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}");
        }
    }

    private static async Task<List<string>> SearchAsync(HttpClient client, string query)
    {
        var page = await client.GetFromJsonAsync<JsonElement>($"/api/associations?{query}&pageSize=100");
        return page.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("name").GetString()!).ToList();
    }
}

