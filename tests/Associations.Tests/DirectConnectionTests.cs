using System.Net;
using Frivillighed.TestSupport;
using Microsoft.AspNetCore.Hosting;

namespace Frivillighed.Associations.Tests;

public class DirectConnectionTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    // Production behind a pooler: ConnectionStrings:{name}-direct names the primary for the sessions (the relay's
    // LISTEN, job leases, migrations), while ConnectionStrings:{name} may go through the pooler.
    [Fact]
    public async Task TheDirectConnectionString_CarriesTheSessions()
    {
        var application = "direct-" + Guid.NewGuid().ToString("N")[..8];
        var direct = new Npgsql.NpgsqlConnectionStringBuilder(database.ConnectionString) { ApplicationName = application }.ConnectionString;
        await using var service = new AssociationsApiFactory(database).WithWebHostBuilder(b => b.UseSetting("ConnectionStrings:associationsdb-direct", direct));

        Assert.Equal(HttpStatusCode.OK, (await service.CreateClient().GetAsync("/health")).StatusCode);

        await Eventually.Returns(() => database.ScalarAsync<long>(
            $"SELECT count(*) FROM pg_stat_activity WHERE application_name = '{application}' AND query LIKE 'LISTEN%'"), n => n == 1, "the relay's LISTEN on the direct connection");
    }
}
