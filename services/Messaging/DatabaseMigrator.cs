using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Frivillighed.Messaging;

// Creates the database if needed, applies migrations and seeds demo data before the service takes requests.
// Replicas starting together are serialised by a PostgreSQL advisory lock.
public sealed class DatabaseMigrator<TDbContext>(
    IServiceProvider services, IConfiguration configuration, ILogger<DatabaseMigrator<TDbContext>> logger) : IHostedService
    where TDbContext : DbContext
{
    private static readonly long LockKey = typeof(TDbContext).FullName!.Aggregate(17L, (h, c) => h * 31 + c);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
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
