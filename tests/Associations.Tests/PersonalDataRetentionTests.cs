using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Frivillighed.Contracts.Associations;
using Frivillighed.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Frivillighed.Associations.Tests;

public class PersonalDataRetentionTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task WithdrawnLongAgo_LosesItsPeople_ButKeepsItsRecord()
    {
        await using var factory = new AssociationsApiFactory(database);
        var chairId = Guid.NewGuid();
        var chair = factory.CreateClient(TestTokens.For(chairId, "Bo Formand", ["citizen"]));
        var staff = factory.CreateClient(TestTokens.Staff());
        var body = Registration.Body("Faxe Skakklub", "Faxe");
        body["contactEmail"] = "bo@example.org";
        var id = await chair.RegisterAssociationAsync(body);
        await staff.ApproveAssociationAsync(id);
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsJsonAsync($"/api/associations/{id}/status", new { status = "Withdrawn", reason = "Opløst" })).StatusCode);
        var retention = factory.Services.GetRequiredService<PersonalDataRetention>();

        Assert.Equal(0, await retention.PurgeAsync(DateTimeOffset.UtcNow.AddDays(30), default));
        Assert.Equal(1, await retention.PurgeAsync(DateTimeOffset.UtcNow.AddDays(366), default));

        Assert.Equal(0, await database.ScalarAsync<long>($"SELECT count(*) FROM representatives WHERE association_id = '{id}'"));
        Assert.Null(await database.ScalarAsync<string>($"SELECT contact_email FROM associations WHERE id = '{id}'"));
        Assert.Equal("Faxe Skakklub", await database.ScalarAsync<string>($"SELECT name FROM associations WHERE id = '{id}'"));
        Assert.Equal(1, await database.ScalarAsync<long>(
            $"SELECT count(*) FROM outbox_messages WHERE message_type = '{typeof(RepresentativeRemoved).FullName}' AND payload->>'userId' = '{chairId}'"));
    }
}
