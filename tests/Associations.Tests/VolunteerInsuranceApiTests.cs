using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Frivillighed.Contracts.Volunteering;
using Frivillighed.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Frivillighed.Associations.Tests;

public class VolunteerInsuranceApiTests(TestDatabase database) : ApiTests<AssociationsApiFactory>(database)
{
    private const string Api = "/api/associations/volunteer-insurance";

    // The effort runs from 40 days ahead for 81 days (both ends included); dates relative to today, though the
    // cover rules themselves never look at today.
    private static readonly DateOnly From = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(40);
    private static readonly DateOnly To = From.AddDays(80);

    private static string Day(int offset) => From.AddDays(offset).ToString("yyyy-MM-dd");
    private HttpClient staff = null!;

    public override Task InitializeAsync()
    {
        staff = Factory.CreateClient(TestTokens.Staff());
        return Task.CompletedTask;
    }

    private static object Effort(string email, string? from = null, string? to = null, Guid? forAssociation = null) => new
    {
        volunteerName = "Lise Frivillig", volunteerEmail = email, volunteerPhone = "20304050", task = "Lektiehjælp for skolebørn", place = "Haslev Bibliotek",
        from = from ?? Day(0), to = to ?? To.ToString("yyyy-MM-dd"), department = "Kultur og Fritid", responsibleManager = "Mette Leder", forAssociationId = forAssociation,
    };

    private async Task<JsonElement> RecordAsync(object effort)
    {
        var response = await staff.PostAsJsonAsync($"{Api}/agreements", effort);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private Task<JsonElement> CoverageAsync(string person, string date, string? task = null) =>
        staff.GetFromJsonAsync<JsonElement>($"{Api}/coverage?person={Uri.EscapeDataString(person)}&date={date}" + (task is null ? "" : $"&task={Uri.EscapeDataString(task)}"));

    // Both the first and the last day are covered; the days around them are not.
    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(80, true)]
    [InlineData(81, false)]
    public async Task Coverage_OnTheBoundaryDates_IsInclusive(int offset, bool covered)
    {
        var date = Day(offset);
        var email = $"lise-{Guid.NewGuid():N}@example.dk";
        await RecordAsync(Effort(email));

        var answer = await CoverageAsync(email.ToUpperInvariant(), date, "lektiehjælp");

        Assert.Equal(covered, answer.GetProperty("covered").GetBoolean());
        Assert.StartsWith(covered ? $"Covered on {date}: agreed with Mette Leder (Kultur og Fritid)" : $"Not covered on {date}", answer.GetProperty("answer").GetString());
        Assert.Single(answer.GetProperty("agreements").EnumerateArray());
    }

    [Fact]
    public async Task AnotherTask_OrAnUnknownPerson_IsNotCovered_AndTheAnswerSaysWhy()
    {
        var email = $"lise-{Guid.NewGuid():N}@example.dk";
        await RecordAsync(Effort(email));

        Assert.Contains("none for \"Kørsel\"", (await CoverageAsync(email, Day(20), "Kørsel")).GetProperty("answer").GetString());
        Assert.Contains("has no agreement", (await CoverageAsync("ukendt@example.dk", Day(20))).GetProperty("answer").GetString());
    }

    [Fact]
    public async Task AnEffortForAnAssociationsOwnActivity_IsRefused_WithTheReason_AndNothingIsStored()
    {
        var chair = Factory.CreateClient(TestTokens.For(Guid.NewGuid(), "Bo Formand", ["citizen"]));
        var association = await chair.RegisterAssociationAsync(Registration.Body("Haslev Boldklub", "Haslev"));
        var email = $"lise-{Guid.NewGuid():N}@example.dk";

        var refused = await staff.PostAsJsonAsync($"{Api}/agreements", Effort(email, forAssociation: association));

        Assert.Contains("Haslev Boldklub's own activity is covered by the association's insurance",
            (await HttpAssert.ProblemAsync(refused, HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString());
        Assert.Equal(0, await Database.ScalarAsync<long>($"SELECT count(*) FROM volunteer_agreements WHERE volunteer_email = '{email}'"));
    }

    [Fact]
    public async Task Recording_SendsTheConfirmationWithAPersonalLink_ThatShowsTheCover()
    {
        var email = $"lise-{Guid.NewGuid():N}@example.dk";
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var agreement = await RecordAsync(Effort(email, from: today.AddDays(-30).ToString("yyyy-MM-dd"), to: today.AddYears(1).ToString("yyyy-MM-dd")));
        var id = agreement.GetProperty("id").GetGuid();

        var link = await Database.ScalarAsync<string>(
            $"SELECT payload->>'coverLink' FROM outbox_messages WHERE message_type = '{typeof(VolunteerCoverAgreed).FullName}' AND payload->>'agreementId' = '{id}'");
        Assert.StartsWith($"/frivillig/forsikring/{id}?token=", link);
        var token = link![(link!.IndexOf('=') + 1)..];
        var anonymous = Factory.CreateClient();

        var cover = await anonymous.GetFromJsonAsync<JsonElement>($"{Api}/cover/{id}?token={token}");

        Assert.Equal(("Lise Frivillig", true), (cover.GetProperty("volunteerName").GetString(), cover.GetProperty("coveredToday").GetBoolean()));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"{Api}/cover/{id}?token=wrong")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"{Api}/agreements")).StatusCode);
        var citizen = Factory.CreateClient(TestTokens.For(Guid.NewGuid(), "Bo Borger", ["citizen"]));
        Assert.Equal(HttpStatusCode.Forbidden, (await citizen.PostAsJsonAsync($"{Api}/agreements", Effort(email))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await citizen.GetAsync($"{Api}/coverage?person={email}&date=2027-01-01")).StatusCode);
    }

    [Fact]
    public async Task EndingEarly_EndsTheCoverAfterTheLastDay_AndTellsTheVolunteer()
    {
        var email = $"lise-{Guid.NewGuid():N}@example.dk";
        var id = (await RecordAsync(Effort(email))).GetProperty("id").GetGuid();

        var ended = await staff.PostAsJsonAsync($"{Api}/agreements/{id}/end", new { lastDay = Day(35), reason = "Biblioteket lukker lektiecaféen" });

        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        Assert.True((await CoverageAsync(email, Day(35))).GetProperty("covered").GetBoolean());
        Assert.False((await CoverageAsync(email, Day(36))).GetProperty("covered").GetBoolean());
        Assert.Equal(1, await Database.ScalarAsync<long>(
            $"SELECT count(*) FROM outbox_messages WHERE message_type = '{typeof(VolunteerCoverEnded).FullName}' AND payload->>'agreementId' = '{id}'"));
        var again = await staff.PostAsJsonAsync($"{Api}/agreements/{id}/end", new { lastDay = Day(30), reason = "Igen" });
        Assert.Contains("already ended", (await HttpAssert.ProblemAsync(again, HttpStatusCode.Conflict)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task BadInput_Gets400NamingEachField_AndNothingIsStored()
    {
        var response = await staff.PostAsJsonAsync($"{Api}/agreements", new { volunteerName = "", volunteerEmail = "ikke-en-adresse", from = Day(30), to = Day(0) });

        var errors = (await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.All(new[] { "VolunteerName", "VolunteerEmail", "Task", "From", "Department" }, field => Assert.True(errors.TryGetProperty(field, out _), field));
        Assert.Equal(0, await Database.ScalarAsync<long>("SELECT count(*) FROM volunteer_agreements WHERE volunteer_email = 'ikke-en-adresse'"));
    }

    // After the retention period the volunteer's name and contact are gone; the department's count stays.
    [Fact]
    public async Task PersonalData_IsDeletedAfterTheRetention_KeepingTheCountsPerDepartmentAndYear()
    {
        var email = $"gammel-{Guid.NewGuid():N}@example.dk";
        var department = $"Ældreområdet {Guid.NewGuid():N}"[..24];
        var old = (await RecordAsync(new
        {
            volunteerName = "Gamle Gert", volunteerEmail = email, task = "Besøgsven", place = "Plejecenter Solhaven", from = "2019-05-01", to = "2019-08-31",
            department, responsibleManager = "Mette Leder",
        })).GetProperty("id").GetGuid();
        var retention = Factory.Services.GetRequiredService<VolunteerInsuranceRetention>();

        var purged = await retention.PurgeAsync(DateTimeOffset.UtcNow, default);

        Assert.True(purged >= 1);
        Assert.Equal(0, await Database.ScalarAsync<long>($"SELECT count(*) FROM volunteer_agreements WHERE volunteer_email = '{email}' OR volunteer_name = 'Gamle Gert'"));
        Assert.Equal(1, await Database.ScalarAsync<long>($"SELECT count(*) FROM volunteer_agreements WHERE id = '{old}' AND personal_data_deleted_at IS NOT NULL"));
        var counts = await staff.GetFromJsonAsync<JsonElement>($"{Api}/counts");
        var count = counts.EnumerateArray().Single(c => c.GetProperty("department").GetString() == department);
        Assert.Equal((2019, 1), (count.GetProperty("year").GetInt32(), count.GetProperty("agreements").GetInt32()));
        Assert.False((await CoverageAsync(email, "2019-06-01")).GetProperty("covered").GetBoolean());
    }
}
