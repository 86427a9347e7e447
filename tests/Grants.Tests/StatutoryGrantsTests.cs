using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Frivillighed.Contracts.Associations;
using Frivillighed.TestSupport;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Frivillighed.Grants.Tests;

// The yearly statutory grants through the API: each test uses its own years (one scheme of a kind a year).
public class StatutoryGrantsTests(TestDatabase database) : ApiTests<GrantsApiFactory>(database)
{
    // Years well ahead of today, so every premises deadline is still open; one each, as one scheme of a kind a year.
    private static int lastYear = DateTime.UtcNow.Year + 15;
    private GrantsWorld world = null!;

    public override Task InitializeAsync()
    {
        world = new GrantsWorld(Factory, Database);
        return Task.CompletedTask;
    }

    private static int NextYear() => Interlocked.Increment(ref lastYear);

    [Fact]
    public async Task ActivityGrants_AreComputedFromTheMemberCounts_ShownWithTheirBasis_AndApprovedAsAWhole()
    {
        var year = NextYear();
        var pool = await SchemeAsync(new { kind = "ActivityGrant", year, budget = 100_000m, ratePerMemberUnder25 = 300m });
        var (big, bigClient) = await world.NewAssociationAsync(name: "Haslev Boldklub");
        var (middle, _) = await world.NewAssociationAsync(name: "Faxe Svømmeklub");
        var (small, _) = await world.NewAssociationAsync(name: "Rønnede Skak");
        var (lapsed, _) = await world.NewAssociationAsync(lapsed: true, name: "Karise Gymnastik");
        var (silent, _) = await world.NewAssociationAsync(name: "Dalby Badminton");
        var (applied, _) = await world.NewAssociationAsync(status: "Applied", name: "Ny Forening");
        await CountAsync(big, year - 1, 200);
        await CountAsync(middle, year - 1, 150);
        await CountAsync(small, year - 1, 50);
        await CountAsync(lapsed, year - 1, 80);
        await CountAsync(applied, year - 1, 30);

        var run = await Created(await world.Staff.PostAsync($"/api/grants/statutory/{pool}/activity-runs", null));

        Assert.Equal("Draft", run.GetProperty("status").GetString());
        Assert.Equal(0.833333m, run.GetProperty("reductionFactor").GetDecimal());
        Assert.Equal(99_997m, run.GetProperty("total").GetDecimal());
        var lines = run.GetProperty("lines").EnumerateArray().Where(l => l.GetProperty("poolId").GetGuid() == pool).ToList();
        Assert.Equal(3, lines.Count);
        var excluded = run.GetProperty("excluded").EnumerateArray().ToDictionary(e => e.GetProperty("associationId").GetGuid(), e => e.GetProperty("reason").GetString());
        Assert.Contains("child-safety", excluded[lapsed]);
        Assert.Contains($"31 December {year - 1}", excluded[silent]);
        Assert.DoesNotContain(applied, excluded.Keys);
        Assert.DoesNotContain(lines, l => l.GetProperty("associationId").GetGuid() == applied);

        // The association sees its computed grant and the basis before it is approved (FOL §19).
        var mine = (await bigClient.GetFromJsonAsync<JsonElement>($"/api/grants/statutory/associations/{big}")).GetProperty("activityGrants").EnumerateArray().Single();
        Assert.Equal((200, 300m, 60_000m, 0.833333m, 49_999m, "Draft"), (mine.GetProperty("membersUnder25").GetInt32(), mine.GetProperty("ratePerMemberUnder25").GetDecimal(),
            mine.GetProperty("gross").GetDecimal(), mine.GetProperty("reductionFactor").GetDecimal(), mine.GetProperty("amount").GetDecimal(), mine.GetProperty("runStatus").GetString()));
        Assert.Equal(0, await Database.ScalarAsync<long>($"SELECT count(*) FROM awards WHERE pool_id = '{pool}'"));

        var approved = await world.Staff.PostAsync($"/api/grants/statutory/activity-runs/{run.GetProperty("id")}/approve", null);

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal(3, await Database.ScalarAsync<long>($"SELECT count(*) FROM awards WHERE pool_id = '{pool}' AND paid = amount AND report_due IS NULL"));
        Assert.Equal(3, await Database.ScalarAsync<long>($"SELECT count(*) FROM payouts p JOIN awards a ON a.id = p.award_id WHERE a.pool_id = '{pool}'"));
        Assert.Equal(99_997m, await Database.ScalarAsync<decimal>($"SELECT committed FROM grant_pools WHERE id = '{pool}'"));
        Assert.Equal(99_997m, await Database.ScalarAsync<decimal>($"SELECT paid FROM grant_pools WHERE id = '{pool}'"));
        Assert.Equal(3, await Database.ScalarAsync<long>($"SELECT count(*) FROM outbox_messages WHERE message_type = '{typeof(Contracts.Grants.GrantAwarded).FullName}' AND payload->>'poolId' = '{pool}'"));
        Assert.Equal(1, await Database.ScalarAsync<long>($"SELECT count(*) FROM audit_entries WHERE pool_id = '{pool}' AND action LIKE 'activity grants approved%'"));
        var ledger = await world.Staff.GetFromJsonAsync<JsonElement>($"/api/grants/pools/{pool}/ledger");
        var ledgerLine = ledger.GetProperty("awards").EnumerateArray().Single(a => a.GetProperty("associationId").GetGuid() == big);
        Assert.Equal((49_999m, $"Aktivitetstilskud {year}"), (ledgerLine.GetProperty("amount").GetDecimal(), ledgerLine.GetProperty("projectTitle").GetString()));
        Assert.Contains("200 medlemmer under 25", ledgerLine.GetProperty("reason").GetString());

        var again = await world.Staff.PostAsync($"/api/grants/statutory/activity-runs/{run.GetProperty("id")}/approve", null);
        Assert.Contains("was approved", (await HttpAssert.ProblemAsync(again, HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        var recompute = await world.Staff.PostAsync($"/api/grants/statutory/{pool}/activity-runs", null);
        Assert.Contains("corrected member count", (await HttpAssert.ProblemAsync(recompute, HttpStatusCode.Conflict)).GetProperty("detail").GetString());
    }

    // A count corrected after approval is not recomputed silently: the run shows the difference, and staff's
    // acceptance pays it as a supplement (or rejects it), with the reason.
    [Fact]
    public async Task ACorrectedCount_AfterApproval_ShowsTheDifference_AndNeedsAStaffDecision()
    {
        var year = NextYear();
        var pool = await SchemeAsync(new { kind = "ActivityGrant", year, budget = 1_000_000m, ratePerMemberUnder25 = 250m });
        var (association, representative) = await world.NewAssociationAsync(name: "Faxe Roklub");
        await CountAsync(association, year - 1, 40);
        var run = await Created(await world.Staff.PostAsync($"/api/grants/statutory/{pool}/activity-runs", null));
        var runId = run.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await world.Staff.PostAsync($"/api/grants/statutory/activity-runs/{runId}/approve", null)).StatusCode);

        await CountAsync(association, year - 1, 52, revision: 2);

        var line = (await world.Staff.GetFromJsonAsync<JsonElement>($"/api/grants/statutory/activity-runs/{runId}")).GetProperty("lines").EnumerateArray()
            .Single(l => l.GetProperty("associationId").GetGuid() == association);
        var pending = line.GetProperty("pendingCorrection");
        Assert.Equal((52, 13_000m, 3_000m), (pending.GetProperty("membersUnder25").GetInt32(), pending.GetProperty("newAmount").GetDecimal(), pending.GetProperty("difference").GetDecimal()));
        Assert.Equal(10_000m, line.GetProperty("amount").GetDecimal());
        Assert.Equal(10_000m, await Database.ScalarAsync<decimal>($"SELECT committed FROM grant_pools WHERE id = '{pool}'"));

        var forbidden = await representative.PostAsJsonAsync($"/api/grants/statutory/activity-grants/{line.GetProperty("id")}/correction", new { accept = true, reason = "Vi fik flere" });
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        var noReason = await world.Staff.PostAsJsonAsync($"/api/grants/statutory/activity-grants/{line.GetProperty("id")}/correction", new { accept = true });
        await HttpAssert.ProblemAsync(noReason, HttpStatusCode.BadRequest);

        var decided = await world.Staff.PostAsJsonAsync($"/api/grants/statutory/activity-grants/{line.GetProperty("id")}/correction",
            new { accept = true, reason = "Revideret medlemsliste modtaget" });

        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        var body = await decided.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Null, body.GetProperty("pendingCorrection").ValueKind);
        Assert.Equal(3_000m, body.GetProperty("corrections")[0].GetProperty("difference").GetDecimal());
        Assert.Equal(13_000m, await Database.ScalarAsync<decimal>($"SELECT committed FROM grant_pools WHERE id = '{pool}'"));
        Assert.Equal(2, await Database.ScalarAsync<long>($"SELECT count(*) FROM awards WHERE association_id = '{association}' AND pool_id = '{pool}'"));
        var twice = await world.Staff.PostAsJsonAsync($"/api/grants/statutory/activity-grants/{line.GetProperty("id")}/correction", new { accept = true, reason = "Igen" });
        Assert.Contains("No corrected member count", (await HttpAssert.ProblemAsync(twice, HttpStatusCode.Conflict)).GetProperty("detail").GetString());
    }

    // The counts come from Associations over the bus: a late, older revision does not overwrite a newer one.
    [Fact]
    public async Task MemberCounts_FromTheBus_KeepTheHighestRevision_InWhateverOrderTheyArrive()
    {
        var association = Guid.NewGuid();
        var bus = Factory.Services.GetRequiredService<IBus>();

        await bus.Publish(new MemberCountReported(association, 2030, 2, 41, 10, DateTimeOffset.UtcNow));
        await bus.Publish(new MemberCountReported(association, 2030, 1, 35, 10, DateTimeOffset.UtcNow.AddDays(-30)));

        await Eventually.Returns(() => Database.ScalarAsync<long>($"SELECT count(*) FROM inbox_messages WHERE consumer = 'member-counts'"), n => n >= 2, "both counts consumed");
        Assert.Equal(41, await Database.ScalarAsync<int>($"SELECT members_under25 FROM member_counts WHERE association_id = '{association}' AND year = 2030"));
        Assert.Equal(2, await Database.ScalarAsync<int>($"SELECT revision FROM member_counts WHERE association_id = '{association}' AND year = 2030"));
    }

    [Fact]
    public async Task APremisesGrant_IsAppliedForWithTheCalculation_SubmittedByTheDeadline_AndDecidedByStaff()
    {
        var year = NextYear();
        var pool = await SchemeAsync(new { kind = "PremisesGrant", year, budget = 500_000m, premisesPercentage = 70m });
        var (association, representative) = await world.NewAssociationAsync(name: "Haslev Spejderne");

        var saved = await representative.PutAsJsonAsync($"/api/grants/statutory/{pool}/premises/{association}", Premises());

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var draft = await saved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("Draft", 49_875m), (draft.GetProperty("status").GetString(), draft.GetProperty("calculation").GetProperty("total").GetDecimal()));
        Assert.Equal($"{year}-04-01", draft.GetProperty("deadline").GetString());
        var line = draft.GetProperty("calculation").GetProperty("premises")[0];
        Assert.Equal((95_000m, 0.75m), (line.GetProperty("eligibleCosts").GetDecimal(), line.GetProperty("under25Share").GetDecimal()));

        var submitted = await representative.PostAsync($"/api/grants/statutory/{pool}/premises/{association}/submit", null);
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        var edit = await representative.PutAsJsonAsync($"/api/grants/statutory/{pool}/premises/{association}", Premises());
        Assert.Contains("can no longer be changed", (await HttpAssert.ProblemAsync(edit, HttpStatusCode.Conflict)).GetProperty("detail").GetString());

        var listed = (await world.Staff.GetFromJsonAsync<JsonElement>($"/api/grants/statutory/{pool}/premises")).EnumerateArray().Single();
        Assert.Equal(49_875m, listed.GetProperty("calculated").GetDecimal());
        var adjusted = await world.Staff.PostAsJsonAsync($"/api/grants/statutory/premises-applications/{listed.GetProperty("id")}/decision",
            new { outcome = "Adjust", amount = 45_000m, reason = "Rengøring er delt med skolen; halvdelen er godkendt." });

        Assert.Equal(HttpStatusCode.OK, adjusted.StatusCode);
        var decided = await adjusted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("Approved", 45_000m), (decided.GetProperty("status").GetString(), decided.GetProperty("awarded").GetDecimal()));
        Assert.Equal(45_000m, await Database.ScalarAsync<decimal>($"SELECT committed FROM grant_pools WHERE id = '{pool}'"));
        Assert.Equal(45_000m, await Database.ScalarAsync<decimal>($"SELECT amount FROM awards WHERE id = '{decided.GetProperty("awardId")}' AND paid = 0"));
        var mine = await representative.GetFromJsonAsync<JsonElement>($"/api/grants/statutory/associations/{association}");
        Assert.Contains("halvdelen", mine.GetProperty("premisesApplications")[0].GetProperty("decisionReason").GetString());
    }

    [Fact]
    public async Task APremisesGrant_AfterTheDeadline_OrForAnUnapprovedOrLapsedAssociation_OrAnotherAssociation_IsRefused()
    {
        var year = NextYear();
        var pool = await SchemeAsync(new { kind = "PremisesGrant", year, budget = 500_000m, premisesPercentage = 65m, deadline = $"{year}-04-01" });
        var (association, representative) = await world.NewAssociationAsync(name: "Faxe Ladeplads Sejlklub");
        var (applied, appliedClient) = await world.NewAssociationAsync(status: "Applied", name: "Ny Forening");
        var (lapsed, lapsedClient) = await world.NewAssociationAsync(lapsed: true, name: "Karise Gymnastik");

        var notApproved = await appliedClient.PutAsJsonAsync($"/api/grants/statutory/{pool}/premises/{applied}", Premises());
        Assert.Contains("not approved", (await HttpAssert.ProblemAsync(notApproved, HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString());
        var blocked = await lapsedClient.PutAsJsonAsync($"/api/grants/statutory/{pool}/premises/{lapsed}", Premises());
        Assert.Contains("child-safety", (await HttpAssert.ProblemAsync(blocked, HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString());
        var foreign = await representative.PutAsJsonAsync($"/api/grants/statutory/{pool}/premises/{applied}", Premises());
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        var impossible = await representative.PutAsJsonAsync($"/api/grants/statutory/{pool}/premises/{association}",
            new { premises = new[] { new { name = "Hal", rent = 1_000m, hoursTotal = 10, hoursUnder25 = 20 } } });
        Assert.Contains("cannot exceed", (await HttpAssert.ProblemAsync(impossible, HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("Premises")[0].GetString());
        Assert.Equal(HttpStatusCode.OK, (await representative.PutAsJsonAsync($"/api/grants/statutory/{pool}/premises/{association}", Premises())).StatusCode);

        // The last moment of 1 April, Danish summer time, is 21:59:59 UTC.
        Factory.Clock.SetUtcNow(new DateTimeOffset(year, 4, 1, 21, 59, 59, TimeSpan.Zero));
        Factory.Clock.Advance(TimeSpan.FromSeconds(1));
        var late = await representative.PostAsync($"/api/grants/statutory/{pool}/premises/{association}/submit", null);

        Assert.Contains($"{year}-04-01", (await HttpAssert.ProblemAsync(late, HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString());
        Assert.Equal(0, await Database.ScalarAsync<long>($"SELECT count(*) FROM premises_applications WHERE pool_id = '{pool}' AND status <> 'Draft'"));
        Assert.Equal(0, await Database.ScalarAsync<long>($"SELECT count(*) FROM premises_applications WHERE association_id IN ('{applied}', '{lapsed}')"));
    }

    // Twenty approvals of 49,875 kr. at once against a budget of 200,000 kr.: four win, the budget is never passed.
    [Fact]
    public async Task ConcurrentPremisesApprovals_NeverCommitMoreThanTheBudget()
    {
        var year = NextYear();
        var pool = await SchemeAsync(new { kind = "PremisesGrant", year, budget = 200_000m, premisesPercentage = 70m });
        var applications = new List<Guid>();
        for (var i = 0; i < 20; i++)
        {
            var (association, representative) = await world.NewAssociationAsync(name: $"Forening {i}");
            Assert.Equal(HttpStatusCode.OK, (await representative.PutAsJsonAsync($"/api/grants/statutory/{pool}/premises/{association}", Premises())).StatusCode);
            var submitted = await (await representative.PostAsync($"/api/grants/statutory/{pool}/premises/{association}/submit", null)).Content.ReadFromJsonAsync<JsonElement>();
            applications.Add(submitted.GetProperty("id").GetGuid());
        }

        var decisions = await Task.WhenAll(applications.Select(id =>
            world.Staff.PostAsJsonAsync($"/api/grants/statutory/premises-applications/{id}/decision", new { outcome = "Approve" })));

        Assert.Equal(4, decisions.Count(d => d.StatusCode == HttpStatusCode.OK));
        foreach (var refused in decisions.Where(d => d.StatusCode != HttpStatusCode.OK))
        {
            Assert.Contains("would over-commit", (await HttpAssert.ProblemAsync(refused, HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        }

        Assert.Equal(4 * 49_875m, await Database.ScalarAsync<decimal>($"SELECT committed FROM grant_pools WHERE id = '{pool}'"));
        Assert.Equal(4, await Database.ScalarAsync<long>($"SELECT count(*) FROM awards WHERE pool_id = '{pool}'"));
        Assert.Equal(16, await Database.ScalarAsync<long>($"SELECT count(*) FROM premises_applications WHERE pool_id = '{pool}' AND status = 'Submitted'"));
    }

    [Fact]
    public async Task SettingUpAScheme_IsForStaff_OncePerKindAndYear_WithThePercentageWithinTheLaw()
    {
        var year = NextYear();
        var (_, representative) = await world.NewAssociationAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await representative.PostAsJsonAsync("/api/grants/statutory", new { kind = "ActivityGrant", year, budget = 1m, ratePerMemberUnder25 = 1m })).StatusCode);
        var tooLow = await world.Staff.PostAsJsonAsync("/api/grants/statutory", new { kind = "PremisesGrant", year, budget = 1m, premisesPercentage = 60m });
        Assert.Contains("at least 65", (await HttpAssert.ProblemAsync(tooLow, HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("PremisesPercentage")[0].GetString());
        var pool = await SchemeAsync(new { kind = "ActivityGrant", year, budget = 10m, ratePerMemberUnder25 = 1m });
        var twice = await world.Staff.PostAsJsonAsync("/api/grants/statutory", new { kind = "ActivityGrant", year, budget = 10m, ratePerMemberUnder25 = 1m });
        Assert.Contains("already set up", (await HttpAssert.ProblemAsync(twice, HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        var round = await world.Staff.PostAsJsonAsync($"/api/grants/pools/{pool}/rounds", new { name = "Runde", deadline = $"{year}-03-01" });
        await HttpAssert.ProblemAsync(round, HttpStatusCode.Conflict);
        Assert.Equal(1, await Database.ScalarAsync<long>($"SELECT count(*) FROM grant_pools WHERE year = {year}"));
    }

    private async Task<Guid> SchemeAsync(object scheme) => await GrantsWorld.IdOf(await world.Staff.PostAsJsonAsync("/api/grants/statutory", scheme));

    private Task CountAsync(Guid association, int year, int under25, int revision = 1) => Database.ScalarAsync<object>($"""
        INSERT INTO member_counts (association_id, year, revision, members_under25, members25and_over, reported_at)
        VALUES ('{association}', {year}, {revision}, {under25}, 10, now())
        ON CONFLICT (association_id, year) DO UPDATE SET revision = excluded.revision, members_under25 = excluded.members_under25
        """);

    private static object Premises() => new
    {
        premises = new[]
        {
            new
            {
                name = "Klubhuset", owned = false, rent = 60_000m, interest = 0m, heating = 12_000m, electricity = 8_000m, water = 2_000m,
                cleaning = 6_000m, insurance = 3_000m, maintenance = 4_000m, hoursTotal = 1_200, hoursUnder25 = 900,
            },
        },
    };

    private static async Task<JsonElement> Created(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
