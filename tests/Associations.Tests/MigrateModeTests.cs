using System.Net;
using Frivillighed.TestSupport;
using Microsoft.AspNetCore.Hosting;

namespace Frivillighed.Associations.Tests;

public class MigrateModeTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    // Production: replicas start with Platform:Migrations=Skip and refuse an unmigrated database; the migration
    // Job runs the service's own executable with --Platform:Migrations=Only, which migrates and exits without
    // serving (no broker needed), after which the replicas start.
    [Fact]
    public async Task TheMigrateMode_MigratesAndExits_AndReplicasThatSkipMigrating_RefuseUntilItHasRun()
    {
        await using (var early = new AssociationsApiFactory(database).WithWebHostBuilder(b => b.UseSetting("Platform:Migrations", "Skip")))
        {
            var refused = Assert.ThrowsAny<Exception>(() => early.CreateClient());
            Assert.Contains("--Platform:Migrations=Only", refused.ToString());
        }

        var job = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                typeof(Program).Assembly.Location, "--Platform:Migrations=Only", $"--ConnectionStrings:associationsdb={database.ConnectionString}",
                "--ConnectionStrings:messaging=amqp://guest:guest@127.0.0.1:1/", "--Logging:LogLevel:Default=Warning",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = await job.StandardOutput.ReadToEndAsync() + await job.StandardError.ReadToEndAsync();
        await job.WaitForExitAsync();

        Assert.True(job.ExitCode == 0, output);
        var migrations = typeof(Program).Assembly.GetTypes()
            .Count(t => t.GetCustomAttributes(typeof(Microsoft.EntityFrameworkCore.Migrations.MigrationAttribute), false).Length > 0);
        Assert.Equal(migrations, await database.ScalarAsync<long>("SELECT count(*) FROM \"__EFMigrationsHistory\""));
        await using var replica = new AssociationsApiFactory(database).WithWebHostBuilder(b => b.UseSetting("Platform:Migrations", "Skip"));
        Assert.Equal(HttpStatusCode.OK, (await replica.CreateClient().GetAsync("/health")).StatusCode);
    }
}
