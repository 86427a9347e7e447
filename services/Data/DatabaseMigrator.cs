using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Frivillighed.Data;

// Creates the database if needed, applies migrations and seeds demo data before the service takes requests.
// Replicas starting together are serialised by a PostgreSQL advisory lock. Platform:Migrations says when:
// OnStart (the default, `./platform run`), Only (migrate and exit: the Kubernetes Job before a rollout, see
// PlatformHost.RunPlatform), or Skip (a production replica: it does not migrate, and refuses to start while the
// database lacks a migration it needs).
public sealed class DatabaseMigrator<TDbContext>(
    IServiceProvider services, IConfiguration configuration, DirectConnection direct, ILogger<DatabaseMigrator<TDbContext>> logger) : IHostedService, IDatabaseMigrator
    where TDbContext : DbContext
{
    private static readonly long LockKey = typeof(TDbContext).FullName!.Aggregate(17L, (h, c) => h * 31 + c);

    public Task StartAsync(CancellationToken cancellationToken) =>
        PlatformHost.MigrationMode(configuration) == MigrationMode.Skip ? RequireMigratedAsync(cancellationToken) : MigrateAsync(cancellationToken);

    private async Task RequireMigratedAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        if (!await db.GetService<IRelationalDatabaseCreator>().ExistsAsync(cancellationToken))
        {
            throw new InvalidOperationException(
                $"{typeof(TDbContext).Name}'s database does not exist; run the service once with --Platform:Migrations=Only (the migration Job) before starting it with Platform:Migrations=Skip.");
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            throw new InvalidOperationException(
                $"{typeof(TDbContext).Name}'s database lacks {pending.Count} migration(s) ({string.Join(", ", pending)}); run the service once with --Platform:Migrations=Only (the migration Job) before starting it with Platform:Migrations=Skip.");
        }
    }

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        // The advisory lock is held across the migrations' transactions: a session of its own.
        db.Database.SetConnectionString(direct.ConnectionString);
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async ct =>
        {
            await CreateDatabaseAsync(db, ct);
            await db.Database.OpenConnectionAsync(ct);
            try
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({LockKey})", ct);
                await db.Database.MigrateAsync(ct);
                if (configuration.GetValue<bool>("Platform:SeedDemoData")
                    && scope.ServiceProvider.GetService<IDemoData<TDbContext>>() is { } demoData)
                {
                    await demoData.SeedAsync(db, ct);
                    logger.LogInformation("Demo data for {DbContext} is in place", typeof(TDbContext).Name);
                }
            }
            finally
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({LockKey})", CancellationToken.None);
                await db.Database.CloseConnectionAsync();
            }
        }, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static async Task CreateDatabaseAsync(TDbContext db, CancellationToken ct)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        for (var attempt = 1; !await creator.ExistsAsync(ct); attempt++)
        {
            try
            {
                await creator.CreateAsync(ct);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
            {
                // Another replica created it first.
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 20)
            {
                // CREATE DATABASE copies template1 and fails while another service is creating its own database.
                await Task.Delay(TimeSpan.FromMilliseconds(100 * attempt), ct);
            }
        }
    }
}
