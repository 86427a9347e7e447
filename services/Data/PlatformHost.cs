using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Frivillighed.Data;

public enum MigrationMode
{
    OnStart,
    Only,
    Skip,
}

public static class PlatformHost
{
    public static MigrationMode MigrationMode(IConfiguration configuration) =>
        Enum.TryParse<MigrationMode>(configuration["Platform:Migrations"], ignoreCase: true, out var mode) ? mode : Data.MigrationMode.OnStart;

    // Runs the service; with --Platform:Migrations=Only it applies the database's migrations (and demo data when
    // asked), returns 0 and serves nothing: neither the broker nor any other dependency is touched.
    public static int RunPlatform(this WebApplication app)
    {
        if (MigrationMode(app.Configuration) != Data.MigrationMode.Only)
        {
            app.Run();
            return 0;
        }

        foreach (var migrator in app.Services.GetServices<IDatabaseMigrator>())
        {
            migrator.MigrateAsync(CancellationToken.None).GetAwaiter().GetResult();
        }

        return 0;
    }
}
