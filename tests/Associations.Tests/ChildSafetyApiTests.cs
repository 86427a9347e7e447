using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Frivillighed.Contracts.Associations;
using Frivillighed.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Frivillighed.Associations.Tests;

public class ChildSafetyApiTests(TestDatabase database) : ApiTests<AssociationsApiFactory>(database)
{
    private HttpClient chair = null!;
    private HttpClient other = null!;
    private HttpClient staff = null!;

    public override Task InitializeAsync()
    {
        chair = Factory.CreateClient(TestTokens.For(Guid.NewGuid(), "Bo Formand", ["citizen"]));
        other = Factory.CreateClient(TestTokens.For(Guid.NewGuid(), "Carla Kasserer", ["citizen"]));
        staff = Factory.CreateClient(TestTokens.Staff());
        return Task.CompletedTask;
    }

    [Fact]
    public async Task AMissingDeclaration_IsReminded30And7DaysBeforeTheDeadline_OnceEach_AndNotAfterFiling()
    {
        var id = await ApprovedAsync(children: true);
        var deadline = new DateTimeOffset(DateTime.UtcNow.Year, 3, 31, 10, 0, 0, TimeSpan.Zero);
        var monitor = Factory.Services.GetRequiredService<ChildSafetyMonitor>();

        await monitor.RemindDueAsync(deadline.AddDays(-40), default);
        Assert.Equal(0, await OutboxCountAsync<ChildSafetyDeclarationDue>(id));
        await monitor.RemindDueAsync(deadline.AddDays(-30), default);
        await monitor.RemindDueAsync(deadline.AddDays(-29), default);
        Assert.Equal(1, await OutboxCountAsync<ChildSafetyDeclarationDue>(id));
        await monitor.RemindDueAsync(deadline.AddDays(-7), default);
        await monitor.RemindDueAsync(deadline.AddDays(-6), default);
        Assert.Equal(2, await OutboxCountAsync<ChildSafetyDeclarationDue>(id));
        Assert.Equal(7, await Database.ScalarAsync<int>($"SELECT child_safety_notice_days FROM associations WHERE id = '{id}'"));

        var filed = await chair.PostAsJsonAsync($"/api/associations/{id}/child-safety-declarations", new { year = DateTime.UtcNow.Year });
        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        await monitor.RemindDueAsync(deadline.AddDays(-2), default);
        Assert.Equal(2, await OutboxCountAsync<ChildSafetyDeclarationDue>(id));
    }

    [Fact]
    public async Task MissingDeclarationAfterTheDeadline_Lapses_IsListed_AndFilingLiftsIt()
    {
        var id = await ApprovedAsync(children: true);
        var afterDeadline = new DateTimeOffset(DateTime.UtcNow.Year, 4, 2, 8, 0, 0, TimeSpan.Zero);
        var monitor = Factory.Services.GetRequiredService<ChildSafetyMonitor>();

        await monitor.LapseOverdueAsync(afterDeadline, default);

        Assert.True(await Database.ScalarAsync<bool>($"SELECT child_safety_lapsed FROM associations WHERE id = '{id}'"));
        Assert.Equal(1, await OutboxCountAsync<ChildSafetyDeclarationLapsed>(id));
        var missing = await staff.GetFromJsonAsync<JsonElement>("/api/associations/missing-child-safety-declarations");
        Assert.Contains(missing.EnumerateArray(), m => m.GetProperty("id").GetGuid() == id && m.GetProperty("lapsed").GetBoolean());

        var filed = await chair.PostAsJsonAsync($"/api/associations/{id}/child-safety-declarations", new { year = DateTime.UtcNow.Year });

        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        Assert.False(await Database.ScalarAsync<bool>($"SELECT child_safety_lapsed FROM associations WHERE id = '{id}'"));
        Assert.Equal(1, await OutboxCountAsync<ChildSafetyDeclarationFiled>(id));
        await monitor.LapseOverdueAsync(afterDeadline, default);
        Assert.Equal(1, await OutboxCountAsync<ChildSafetyDeclarationLapsed>(id));
    }

    [Fact]
    public async Task File_ByAnotherAssociationsRepresentative_Returns403()
    {
        var id = await ApprovedAsync(children: true);

        var response = await other.PostAsJsonAsync($"/api/associations/{id}/child-safety-declarations", new { year = DateTime.UtcNow.Year });

        await HttpAssert.ProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task File_WithoutChildrensActivity_Returns409_Twice_Returns409_WrongYear_Returns400()
    {
        var adultsOnly = await ApprovedAsync(children: false);
        var withChildren = await ApprovedAsync(children: true);
        await chair.PostAsJsonAsync($"/api/associations/{withChildren}/child-safety-declarations", new { year = DateTime.UtcNow.Year });

        await HttpAssert.ProblemAsync(await chair.PostAsJsonAsync($"/api/associations/{adultsOnly}/child-safety-declarations",
            new { year = DateTime.UtcNow.Year }), HttpStatusCode.Conflict);
        await HttpAssert.ProblemAsync(await chair.PostAsJsonAsync($"/api/associations/{withChildren}/child-safety-declarations",
            new { year = DateTime.UtcNow.Year }), HttpStatusCode.Conflict);
        await HttpAssert.ProblemAsync(await chair.PostAsJsonAsync($"/api/associations/{withChildren}/child-safety-declarations",
            new { year = 1999 }), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task File_ForAnUnknownAssociation_Returns404() =>
        await HttpAssert.ProblemAsync(await chair.PostAsJsonAsync($"/api/associations/{Guid.NewGuid()}/child-safety-declarations",
            new { year = DateTime.UtcNow.Year }), HttpStatusCode.NotFound);

    [Fact]
    public async Task MissingList_IsForStaffOnly() =>
        await HttpAssert.ProblemAsync(await chair.GetAsync("/api/associations/missing-child-safety-declarations"), HttpStatusCode.Forbidden);

    private async Task<Guid> ApprovedAsync(bool children)
    {
        var body = Registration.Body("Rønnede Gymnastikforening", "Rønnede");
        body["hasChildrenUnder15"] = children;
        var id = await chair.RegisterAssociationAsync(body);
        await staff.ApproveAssociationAsync(id);
        return id;
    }

    private Task<long> OutboxCountAsync<T>(Guid id) => Database.ScalarAsync<long>(
        $"SELECT count(*) FROM outbox_messages WHERE message_type = '{typeof(T).FullName}' AND payload->>'associationId' = '{id}'");
}
