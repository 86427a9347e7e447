using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Frivillighed.ServiceDefaults;
using Frivillighed.TestSupport;

namespace Frivillighed.Grants.Tests;

// A pool with two criteria (weights 3 and 1), a round closing in 30 days, and associations as the Associations
// service announced them (read-model rows written directly; their filling is tested in Messaging.Tests).
public sealed class GrantsWorld(GrantsApiFactory factory, TestDatabase database)
{
    public HttpClient Staff { get; } = factory.CreateClient(TestTokens.Staff());

    public DateOnly Today => Copenhagen.Today(factory.Clock.GetUtcNow());

    public async Task<(Guid Pool, Guid Round)> NewPoolAsync(decimal budget = 400_000m, string eligibility = "ApprovedAssociations",
        decimal staffLimit = 100_000m, string[]? required = null)
    {
        var pool = await IdOf(await Staff.PostAsJsonAsync("/api/grants/pools", new
        {
            name = $"Udviklingspuljen {Guid.NewGuid():N}"[..24], purpose = "Nye aktiviteter", legalBasis = "Folkeoplysningsloven", year = Today.Year,
            budget, eligibility, maxPerApplication = 50_000m, staffDecisionLimit = staffLimit, requiredFields = required ?? new[] { "Volunteers" },
            reportDueMonths = 3,
            criteria = new[] { new { name = "Nye deltagere", description = "", weight = 3m }, new { name = "Forankring", description = "", weight = 1m } },
        }));
        var round = await IdOf(await Staff.PostAsJsonAsync($"/api/grants/pools/{pool}/rounds", new { name = "December-runden", deadline = Today.AddDays(30).ToString("yyyy-MM-dd") }));
        return (pool, round);
    }

    public async Task<(Guid Id, HttpClient Representative)> NewAssociationAsync(string status = "Approved", bool lapsed = false, string name = "Haslev Boldklub")
    {
        var (id, representative) = await database.AddKnownAssociationAsync(status, lapsed, name);
        return (id, factory.CreateClient(TestTokens.For(representative, "Bo Formand", ["citizen"])));
    }

    // The project runs from three months ahead for half a year (relative to today: a literal year turns into the past).
    public static DateOnly ProjectStart => DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(3);

    public static DateOnly ProjectEnd => ProjectStart.AddMonths(6);

    public static object Application(Guid round, Guid association, decimal amount = 20_000m, int? volunteers = 12) => new
    {
        roundId = round, associationId = association, title = "Streetfodbold for unge", description = "Ugentlig streetfodbold i Haslev.",
        periodStart = ProjectStart.ToString("yyyy-MM-dd"), periodEnd = ProjectEnd.ToString("yyyy-MM-dd"), requestedAmount = amount, volunteers,
        budgetLines = new object[]
        {
            new { kind = "Expense", description = "Bolde og mål", amount = amount },
            new { kind = "Income", description = "Egenbetaling", amount = 1_000m },
        },
        answers = new[] { new { criterion = "Nye deltagere", answer = "Unge uden for foreningslivet" } },
    };

    // A submitted application, ready for a decision.
    public async Task<Guid> SubmittedAsync(HttpClient representative, Guid round, Guid association, decimal amount = 20_000m)
    {
        var id = await IdOf(await representative.PostAsJsonAsync("/api/grants/applications", Application(round, association, amount)));
        var submitted = await representative.PostAsync($"/api/grants/applications/{id}/submit", null);
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        return id;
    }

    public static async Task<Guid> IdOf(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
