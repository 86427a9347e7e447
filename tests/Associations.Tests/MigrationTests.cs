using System.Net;
using Frivillighed.TestSupport;

namespace Frivillighed.Associations.Tests;

public class MigrationTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task TwoReplicasStartingTogether_BothComeUpOnOneMigratedDatabase()
    {
        await using var first = new AssociationsApiFactory(database);
        await using var second = new AssociationsApiFactory(database);

        // Both create the database and migrate it at the same moment; the advisory lock lets one go first.
        var clients = await Task.WhenAll(Task.Run(first.CreateClient), Task.Run(second.CreateClient));

        foreach (var client in clients)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        }

        var migrations = typeof(Program).Assembly.GetTypes()
            .Count(t => t.GetCustomAttributes(typeof(Microsoft.EntityFrameworkCore.Migrations.MigrationAttribute), false).Length > 0);
        Assert.Equal(migrations, await database.ScalarAsync<long>("SELECT count(*) FROM \"__EFMigrationsHistory\""));
    }
}
