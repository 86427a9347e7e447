using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Frivillighed.TestSupport;

namespace Frivillighed.Grants.Tests;

public class BudgetRaceTests(TestDatabase database) : ApiTests<GrantsApiFactory>(database)
{
    private GrantsWorld world = null!;

    public override async Task InitializeAsync()
    {
        world = new GrantsWorld(Factory, Database);
        await world.NewPoolAsync();
    }

    // 200 submitted applications of 1,000 kr. each, a budget of 50,000 kr., 200 award decisions at once:
    // exactly 50 awards, committed never above the budget, the other 150 told why.
    [Fact]
    public async Task TwoHundredConcurrentAwards_OnABudgetForFifty_ExactlyFiftyWin()
    {
        var (pool, round) = await world.NewPoolAsync(budget: 50_000m);
        var (association, representative) = await world.NewAssociationAsync();
        var applications = new List<Guid>();
        foreach (var batch in Enumerable.Range(0, 200).Chunk(20))
        {
            applications.AddRange(await Task.WhenAll(batch.Select(_ => world.SubmittedAsync(representative, round, association, 1_000m))));
        }

        var decisions = await Task.WhenAll(applications.Select(id => world.Staff.PostAsJsonAsync($"/api/grants/applications/{id}/decision",
            new { outcome = "Award", amount = 1_000m, reason = "Godt projekt" })));

        Assert.Equal(50, decisions.Count(d => d.StatusCode == HttpStatusCode.OK));
        var refused = decisions.Where(d => d.StatusCode != HttpStatusCode.OK).ToList();
        Assert.Equal(150, refused.Count);
        foreach (var response in refused)
        {
            Assert.Contains("would over-commit", (await HttpAssert.ProblemAsync(response, HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        }

        Assert.Equal(50_000m, await Database.ScalarAsync<decimal>($"SELECT committed FROM grant_pools WHERE id = '{pool}'"));
        Assert.Equal(50, await Database.ScalarAsync<long>($"SELECT count(*) FROM awards WHERE pool_id = '{pool}'"));
        Assert.Equal(50_000m, await Database.ScalarAsync<decimal>($"SELECT sum(amount) FROM awards WHERE pool_id = '{pool}'"));
        Assert.Equal(50, await Database.ScalarAsync<long>($"SELECT count(*) FROM grant_applications WHERE pool_id = '{pool}' AND status = 'Awarded'"));
        Assert.Equal(150, await Database.ScalarAsync<long>($"SELECT count(*) FROM grant_applications WHERE pool_id = '{pool}' AND status = 'Submitted'"));
        var ledger = await world.Staff.GetFromJsonAsync<JsonElement>($"/api/grants/pools/{pool}/ledger");
        Assert.Equal(0m, ledger.GetProperty("remaining").GetDecimal());
    }

    // Even a writer that skips the conditional update cannot over-commit: the CHECK constraint refuses it.
    [Fact]
    public async Task TheDatabaseItself_RefusesCommitmentsBeyondTheBudget()
    {
        var (pool, _) = await world.NewPoolAsync(budget: 1_000m);

        var refused = await Assert.ThrowsAsync<Npgsql.PostgresException>(() =>
            Database.ScalarAsync<object>($"UPDATE grant_pools SET committed = 1000.01 WHERE id = '{pool}'"));

        Assert.Equal(Npgsql.PostgresErrorCodes.CheckViolation, refused.SqlState);
    }
}
