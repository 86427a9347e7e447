using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Frivillighed.Contracts.Associations;
using Frivillighed.Contracts.Grants;
using Frivillighed.TestSupport;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Frivillighed.Grants.Tests;

public class ApplicationLifecycleTests(TestDatabase database) : ApiTests<GrantsApiFactory>(database)
{
    private GrantsWorld world = null!;
    private Guid pool;
    private Guid round;
    private Guid association;
    private HttpClient representative = null!;

    public override async Task InitializeAsync()
    {
        world = new GrantsWorld(Factory, Database);
        (pool, round) = await world.NewPoolAsync(staffLimit: 25_000m);
        (association, representative) = await world.NewAssociationAsync();
    }

    private Task<long> OutboxAsync<T>(string field, Guid id) =>
        Database.ScalarAsync<long>($"SELECT count(*) FROM outbox_messages WHERE message_type = '{typeof(T).FullName}' AND payload->>'{field}' = '{id}'");

    [Fact]
    public async Task DraftEditSubmit_CommitsApplicationSubmitted_AndTheDraftCanNoLongerChangeOrBeDeleted()
    {
        var id = await GrantsWorld.IdOf(await representative.PostAsJsonAsync("/api/grants/applications", GrantsWorld.Application(round, association, volunteers: null)));

        var incomplete = await representative.PostAsync($"/api/grants/applications/{id}/submit", null);
        var edited = await representative.PutAsJsonAsync($"/api/grants/applications/{id}", GrantsWorld.Application(round, association, 30_000m));
        var submitted = await representative.PostAsync($"/api/grants/applications/{id}/submit", null);
        var editAfter = await representative.PutAsJsonAsync($"/api/grants/applications/{id}", GrantsWorld.Application(round, association));
        var deleteAfter = await representative.DeleteAsync($"/api/grants/applications/{id}");

        Assert.Contains("requires Volunteers", (await HttpAssert.ProblemAsync(incomplete, HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal("Submitted", (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal(1, await OutboxAsync<ApplicationSubmitted>("applicationId", id));
        await HttpAssert.ProblemAsync(editAfter, HttpStatusCode.Conflict);
        await HttpAssert.ProblemAsync(deleteAfter, HttpStatusCode.Conflict);
        Assert.Equal(1, await Database.ScalarAsync<long>($"SELECT count(*) FROM grant_applications WHERE id = '{id}'"));
    }

    [Fact]
    public async Task Submit_AfterTheDeadlineDay_IsRefusedClearly_ButOnTheDayItselfLateInTheEveningIsFine()
    {
        var onTime = await GrantsWorld.IdOf(await representative.PostAsJsonAsync("/api/grants/applications", GrantsWorld.Application(round, association)));
        var late = await GrantsWorld.IdOf(await representative.PostAsJsonAsync("/api/grants/applications", GrantsWorld.Application(round, association)));
        var deadline = world.Today.AddDays(30);
        var lastMinute = Frivillighed.ServiceDefaults.Copenhagen.ToInstant(deadline, new TimeOnly(23, 59))!.Value;
        Factory.Clock.SetUtcNow(lastMinute);

        var inTime = await representative.PostAsync($"/api/grants/applications/{onTime}/submit", null);
        Factory.Clock.Advance(TimeSpan.FromMinutes(2));
        var tooLate = await representative.PostAsync($"/api/grants/applications/{late}/submit", null);

        Assert.Equal(HttpStatusCode.OK, inTime.StatusCode);
        Assert.Contains($"The deadline of December-runden was the end of {deadline:yyyy-MM-dd} (Danish time)",
            (await HttpAssert.ProblemAsync(tooLate, HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Submit_ByANotApprovedAssociation_IsRefusedHere_ButAcceptedByAParagraph18Pool()
    {
        var (group, groupRep) = await world.NewAssociationAsync("Applied", name: "Besøgsvennerne i Karise");
        var (section18, section18Round) = await world.NewPoolAsync(eligibility: "AlsoVoluntaryGroups");
        var here = await GrantsWorld.IdOf(await groupRep.PostAsJsonAsync("/api/grants/applications", GrantsWorld.Application(round, group)));
        var there = await GrantsWorld.IdOf(await groupRep.PostAsJsonAsync("/api/grants/applications", GrantsWorld.Application(section18Round, group)));

        var refused = await groupRep.PostAsync($"/api/grants/applications/{here}/submit", null);
        var accepted = await groupRep.PostAsync($"/api/grants/applications/{there}/submit", null);

        Assert.Contains("not approved yet", (await HttpAssert.ProblemAsync(refused, HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.NotEqual(Guid.Empty, section18);
    }

    [Fact]
    public async Task AnotherAssociationsRepresentative_CannotDraftReadOrSubmit()
    {
        var id = await GrantsWorld.IdOf(await representative.PostAsJsonAsync("/api/grants/applications", GrantsWorld.Application(round, association)));
        var (_, outsider) = await world.NewAssociationAsync(name: "Faxe Ladeplads Sejlklub");

        await HttpAssert.ProblemAsync(await outsider.PostAsJsonAsync("/api/grants/applications", GrantsWorld.Application(round, association)), HttpStatusCode.Forbidden);
        await HttpAssert.ProblemAsync(await outsider.GetAsync($"/api/grants/applications/{id}"), HttpStatusCode.Forbidden);
        await HttpAssert.ProblemAsync(await outsider.PostAsync($"/api/grants/applications/{id}/submit", null), HttpStatusCode.Forbidden);
        await HttpAssert.ProblemAsync(await representative.PostAsJsonAsync($"/api/grants/applications/{id}/decision",
            new { outcome = "Award", amount = 1m, reason = "Egen beslutning" }), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task AssessDecidePayReport_TheMoneyAddsUp_AndTheLedgerShowsIt()
    {
        var id = await world.SubmittedAsync(representative, round, association, 40_000m);
        var otherStaff = Factory.CreateClient(TestTokens.For(Guid.NewGuid(), "Erik Konsulent", ["staff"]));
        await world.Staff.PostAsJsonAsync($"/api/grants/applications/{id}/assessments",
            new { scores = new[] { new { criterion = "Nye deltagere", score = 4, comment = "Godt" }, new { criterion = "Forankring", score = 2, comment = "" } } });
        var assessed = await otherStaff.PostAsJsonAsync($"/api/grants/applications/{id}/assessments",
            new { scores = new[] { new { criterion = "Nye deltagere", score = 5, comment = "" }, new { criterion = "Forankring", score = 2, comment = "" } } });
        Assert.Equal(3.88m, (await assessed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("score").GetDecimal());
        var assessments = (await world.Staff.GetFromJsonAsync<JsonElement>($"/api/grants/applications/{id}/assessments")).EnumerateArray().ToList();
        Assert.Equal(["Erik Konsulent", 5], assessments.Where(a => a.GetProperty("assessorName").GetString() == "Erik Konsulent")
            .Select(a => new object[] { a.GetProperty("assessorName").GetString()!, a.GetProperty("scores")[0].GetProperty("score").GetInt32() }).Single());
        Assert.Equal(2, assessments.Count);
        Assert.Contains(assessments, a => a.GetProperty("scores").EnumerateArray().Any(s => s.GetProperty("comment").GetString() == "Godt"));
        await HttpAssert.ProblemAsync(await representative.GetAsync($"/api/grants/applications/{id}/assessments"), HttpStatusCode.Forbidden);

        var byStaffAlone = await world.Staff.PostAsJsonAsync($"/api/grants/applications/{id}/decision", new { outcome = "Award", amount = 30_000m, reason = "Delvis" });
        Assert.Contains("committee decides", (await HttpAssert.ProblemAsync(byStaffAlone, HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString());

        var decided = await world.Staff.PostAsJsonAsync($"/api/grants/applications/{id}/decision", new
        {
            outcome = "Award", amount = 30_000m, reason = "Delvis bevilling: udstyr dækkes", conditions = "Logo på materialer",
            committeeMeetingDate = world.Today.ToString("yyyy-MM-dd"), committeeReference = "FU 2027-03 pkt. 4", quotaFacilityKind = "Pitch", quotaHours = 40,
        });
        var awardId = (await decided.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("awardId").GetGuid();
        Assert.Equal(1, await OutboxAsync<GrantAwarded>("awardId", awardId));
        Assert.Equal("Pitch", await Database.ScalarAsync<string>(
            $"SELECT payload->'bookingQuota'->>'facilityKind' FROM outbox_messages WHERE payload->>'awardId' = '{awardId}'"));

        Assert.Equal(HttpStatusCode.OK, (await world.Staff.PostAsJsonAsync($"/api/grants/awards/{awardId}/payouts", new { amount = 20_000m, reference = "UDB-1" })).StatusCode);
        var tooMuch = await world.Staff.PostAsJsonAsync($"/api/grants/awards/{awardId}/payouts", new { amount = 10_000.01m, reference = "UDB-2" });
        Assert.Contains("would exceed the award", (await HttpAssert.ProblemAsync(tooMuch, HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, (await world.Staff.PostAsJsonAsync($"/api/grants/awards/{awardId}/payouts", new { amount = 10_000m, reference = "UDB-2" })).StatusCode);

        var report = await representative.PostAsJsonAsync($"/api/grants/awards/{awardId}/use-report", new { spent = 27_500.50m, results = "45 unge deltog" });
        Assert.Equal(2_499.50m, (await report.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("repaymentClaim").GetDecimal());

        var ledger = await Factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/grants/pools/{pool}/ledger");
        Assert.Equal(30_000m, ledger.GetProperty("paid").GetDecimal());
        var entry = ledger.GetProperty("awards").EnumerateArray().Single(a => a.GetProperty("awardId").GetGuid() == awardId);
        Assert.Equal("Haslev Boldklub", entry.GetProperty("associationName").GetString());
        Assert.Equal("Delvis bevilling: udstyr dækkes", entry.GetProperty("reason").GetString());
        Assert.Equal("committee (FU 2027-03 pkt. 4)", entry.GetProperty("decidedBy").GetString());
        var csv = await Factory.CreateClient().GetAsync($"/api/grants/pools/{pool}/ledger.csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var row = (await csv.Content.ReadAsStringAsync()).Split("\r\n").Single(line => line.StartsWith(awardId.ToString()));
        Assert.Contains("Haslev Boldklub,", row);
        Assert.Contains(",30000.00,30000.00,Active,Delvis bevilling: udstyr dækkes,", row);
        var audit = await world.Staff.GetFromJsonAsync<JsonElement>($"/api/grants/audit?applicationId={id}");
        Assert.True(audit.GetArrayLength() >= 6, audit.ToString());
    }

    [Fact]
    public async Task Withdraw_ReleasesTheUnpaidPart_AndClaimsThePaidPart()
    {
        var id = await world.SubmittedAsync(representative, round, association, 10_000m);
        var before = await Database.ScalarAsync<decimal>($"SELECT committed FROM grant_pools WHERE id = '{pool}'");
        var decided = await world.Staff.PostAsJsonAsync($"/api/grants/applications/{id}/decision", new { outcome = "Award", amount = 10_000m, reason = "OK" });
        var awardId = (await decided.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("awardId").GetGuid();
        await world.Staff.PostAsJsonAsync($"/api/grants/awards/{awardId}/payouts", new { amount = 4_000m, reference = "UDB-1" });

        var withdrawn = await world.Staff.PostAsJsonAsync($"/api/grants/awards/{awardId}/withdraw", new { reason = "Projektet er opgivet" });
        var again = await world.Staff.PostAsJsonAsync($"/api/grants/awards/{awardId}/withdraw", new { reason = "?" });
        var payAfter = await world.Staff.PostAsJsonAsync($"/api/grants/awards/{awardId}/payouts", new { amount = 1m, reference = "UDB-2" });

        Assert.Equal(4_000m, (await withdrawn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("repaymentClaim").GetDecimal());
        Assert.Equal(before + 4_000m, await Database.ScalarAsync<decimal>($"SELECT committed FROM grant_pools WHERE id = '{pool}'"));
        await HttpAssert.ProblemAsync(again, HttpStatusCode.Conflict);
        await HttpAssert.ProblemAsync(payAfter, HttpStatusCode.Conflict);
        Assert.Equal("AwardWithdrawn", await Database.ScalarAsync<string>($"SELECT status FROM grant_applications WHERE id = '{id}'"));
    }

    [Fact]
    public async Task AnOverdueReportOfUse_IsListed_AnnouncedOnceByConcurrentRuns_AndBlocksNewApplications()
    {
        var (club, clubRep) = await world.NewAssociationAsync(name: "Rønnede Gymnastikforening");
        var id = await world.SubmittedAsync(clubRep, round, club, 5_000m);
        var decided = await world.Staff.PostAsJsonAsync($"/api/grants/applications/{id}/decision", new { outcome = "Award", amount = 5_000m, reason = "OK" });
        var awardId = (await decided.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("awardId").GetGuid();
        var next = await GrantsWorld.IdOf(await clubRep.PostAsJsonAsync("/api/grants/applications", GrantsWorld.Application(round, club)));
        // The project has ended and its report (due three months after the end) is a day late.
        Factory.Clock.SetUtcNow(new DateTimeOffset(GrantsWorld.ProjectEnd.AddMonths(3).AddDays(1).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));
        var (_, laterRound) = await world.NewPoolAsync();

        // Five runs at once (as replicas would, and the service's own hourly run may join them): one announcement.
        var monitor = Factory.Services.GetRequiredService<UseReportMonitor>();
        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => monitor.AnnounceOverdueAsync(Factory.Clock.GetUtcNow(), CancellationToken.None)));
        var overdue = await world.Staff.GetFromJsonAsync<JsonElement>("/api/grants/use-reports/overdue");
        var blocked = await clubRep.PostAsync($"/api/grants/applications/{next}/submit", null);

        Assert.Contains(overdue.EnumerateArray(), o => o.GetProperty("awardId").GetGuid() == awardId);
        Assert.Equal(1, await OutboxAsync<UseReportOverdue>("awardId", awardId));
        Assert.Contains("overdue report of use", (await HttpAssert.ProblemAsync(blocked, HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString());
        Assert.NotEqual(Guid.Empty, laterRound);
    }

    [Fact]
    public async Task AReportOfUseDueWithin14Days_IsAnnouncedOnce_AndNotEarlier()
    {
        var (club, clubRep) = await world.NewAssociationAsync(name: "Terslev Cykelklub");
        var id = await world.SubmittedAsync(clubRep, round, club, 3_000m);
        var decided = await world.Staff.PostAsJsonAsync($"/api/grants/applications/{id}/decision", new { outcome = "Award", amount = 3_000m, reason = "OK" });
        var awardId = (await decided.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("awardId").GetGuid();
        var due = GrantsWorld.ProjectEnd.AddMonths(3);
        var monitor = Factory.Services.GetRequiredService<UseReportMonitor>();

        Factory.Clock.SetUtcNow(new DateTimeOffset(due.AddDays(-20).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));
        await monitor.AnnounceDueSoonAsync(Factory.Clock.GetUtcNow(), CancellationToken.None);
        Assert.Equal(0, await OutboxAsync<UseReportDueSoon>("awardId", awardId));

        Factory.Clock.SetUtcNow(new DateTimeOffset(due.AddDays(-10).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));
        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => monitor.AnnounceDueSoonAsync(Factory.Clock.GetUtcNow(), CancellationToken.None)));
        await monitor.AnnounceDueSoonAsync(Factory.Clock.GetUtcNow().AddDays(1), CancellationToken.None);
        Assert.Equal(1, await OutboxAsync<UseReportDueSoon>("awardId", awardId));
    }

    [Fact]
    public async Task Reject_NeedsAReason_IsPublished_AndDecidingTwiceIs409()
    {
        var id = await world.SubmittedAsync(representative, round, association);

        var noReason = await world.Staff.PostAsJsonAsync($"/api/grants/applications/{id}/decision", new { outcome = "Reject" });
        var rejected = await world.Staff.PostAsJsonAsync($"/api/grants/applications/{id}/decision", new { outcome = "Reject", reason = "Uden for puljens formål" });
        var twice = await world.Staff.PostAsJsonAsync($"/api/grants/applications/{id}/decision", new { outcome = "Award", amount = 1m, reason = "Alligevel" });

        await HttpAssert.ProblemAsync(noReason, HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        Assert.Equal(1, await OutboxAsync<GrantRejected>("applicationId", id));
        await HttpAssert.ProblemAsync(twice, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task StaffSeeTheRoundRanked_AndExportItAsCsv()
    {
        var (club, clubRep) = await world.NewAssociationAsync(name: "=HYPERLINK(\"x\")");
        var low = await world.SubmittedAsync(clubRep, round, club);
        var high = await world.SubmittedAsync(representative, round, association);
        await world.Staff.PostAsJsonAsync($"/api/grants/applications/{low}/assessments",
            new { scores = new[] { new { criterion = "Nye deltagere", score = 1, comment = "" }, new { criterion = "Forankring", score = 1, comment = "" } } });
        await world.Staff.PostAsJsonAsync($"/api/grants/applications/{high}/assessments",
            new { scores = new[] { new { criterion = "Nye deltagere", score = 5, comment = "" }, new { criterion = "Forankring", score = 5, comment = "" } } });

        var ranked = await world.Staff.GetFromJsonAsync<JsonElement>($"/api/grants/pools/{pool}/applications?roundId={round}");
        var csv = await world.Staff.GetAsync($"/api/grants/pools/{pool}/rounds/{round}/export.csv");
        var byRepresentative = await representative.GetAsync($"/api/grants/pools/{pool}/rounds/{round}/export.csv");

        var order = ranked.EnumerateArray().Select(a => a.GetProperty("id").GetGuid()).ToList();
        Assert.True(order.IndexOf(high) < order.IndexOf(low));
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Contains("'=HYPERLINK", await csv.Content.ReadAsStringAsync());
        await HttpAssert.ProblemAsync(byRepresentative, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ALapseOnTheBus_FlagsTheAssociationsOpenApplications()
    {
        var (club, clubRep) = await world.NewAssociationAsync(name: "Dalby Spejderne");
        var open = await world.SubmittedAsync(clubRep, round, club);

        await Factory.Services.GetRequiredService<IBus>().Publish(
            new ChildSafetyDeclarationLapsed(club, "Dalby Spejderne", AssociationStatus.Approved, world.Today.Year, 3, DateTimeOffset.UtcNow));

        await Eventually.Returns(() => Database.ScalarAsync<string>($"SELECT flag FROM grant_applications WHERE id = '{open}'"),
            flag => flag?.Contains("child-safety declaration lapsed") == true, "the application flagged");
    }

    [Fact]
    public async Task Pools_ArePublic_StaffManageThem_AndTheBudgetCannotDropBelowWhatIsCommitted()
    {
        var (small, smallRound) = await world.NewPoolAsync(budget: 10_000m);
        var id = await world.SubmittedAsync(representative, smallRound, association, 8_000m);
        await world.Staff.PostAsJsonAsync($"/api/grants/applications/{id}/decision", new { outcome = "Award", amount = 8_000m, reason = "OK" });

        var page = await Factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/grants/pools/{small}");
        var cut = await world.Staff.PutAsJsonAsync($"/api/grants/pools/{small}", new
        {
            name = "Lille pulje", purpose = "p", legalBasis = "Folkeoplysningsloven", year = 2027, budget = 5_000m, eligibility = "ApprovedAssociations",
            criteria = new[] { new { name = "A", description = "", weight = 1m } },
        });
        var byRepresentative = await representative.PostAsJsonAsync("/api/grants/pools", new { name = "x" });

        Assert.Equal(2_000m, page.GetProperty("remaining").GetDecimal());
        Assert.Equal("December-runden", page.GetProperty("rounds")[0].GetProperty("name").GetString());
        Assert.Contains("8000.00 kr. committed", (await HttpAssert.ProblemAsync(cut, HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        await HttpAssert.ProblemAsync(byRepresentative, HttpStatusCode.Forbidden);
    }
}
