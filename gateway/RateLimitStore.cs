using Npgsql;

namespace Frivillighed.Gateway;

// The rate-limit counters in gatewaydb: one row per caller, holding the current window and its count, raised
// by one upsert per request. The window is cut from the database's clock, so every replica agrees on it.
// The table is UNLOGGED (a crash empties it, which only forgives a window) and made by the gateway itself,
// so gatewaydb needs no migration. If the database cannot be reached, requests pass uncounted (fail open)
// and the store is not asked again for a few seconds: a rate limit must not take the platform down.
public sealed class RateLimitStore(NpgsqlDataSource dataSource, ILogger<RateLimitStore> logger)
{
    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(5);
    private static readonly System.Diagnostics.Metrics.Counter<long> Uncounted = Microsoft.Extensions.Hosting.PlatformTelemetry.Meter
        .CreateCounter<long>("frivillighed.gateway.rate_limit.uncounted", description: "Requests let through uncounted because gatewaydb could not be reached");

    private long pausedUntil;

    private Task? schema;

    public async Task<(int Count, TimeSpan WindowLeft)?> CountAsync(string partition, TimeSpan window, CancellationToken cancellationToken)
    {
        if (Environment.TickCount64 < Interlocked.Read(ref pausedUntil))
        {
            Uncounted.Add(1);
            return null;
        }

        try
        {
            await (schema ??= EnsureSchemaAsync());
            await using var command = dataSource.CreateCommand("""
                INSERT INTO rate_limit_windows AS w (partition, window_start, count)
                VALUES ($1, date_bin($2, now(), timestamptz 'epoch'), 1)
                ON CONFLICT (partition) DO UPDATE
                    SET count = CASE WHEN w.window_start = excluded.window_start THEN w.count + 1 ELSE 1 END,
                        window_start = excluded.window_start
                RETURNING count, extract(epoch FROM window_start + $2 - now())::float8
                """);
            command.Parameters.Add(new NpgsqlParameter { Value = partition });
            command.Parameters.Add(new NpgsqlParameter { Value = window });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            return (reader.GetInt32(0), TimeSpan.FromSeconds(reader.GetDouble(1)));
        }
        catch (Exception e) when ((e is NpgsqlException or TimeoutException) && !cancellationToken.IsCancellationRequested)
        {
            // The next attempt makes the table again if it was the database or the table that was missing.
            schema = null;
            Interlocked.Exchange(ref pausedUntil, Environment.TickCount64 + (long)Pause.TotalMilliseconds);
            Uncounted.Add(1);
            logger.LogWarning(e, "The rate limit is not enforced for {Seconds} s: gatewaydb could not be reached. Check the database behind ConnectionStrings:gatewaydb.", Pause.TotalSeconds);
            return null;
        }
    }

    // Creates the database and the table if they are missing (several replicas may do it at once).
    private async Task EnsureSchemaAsync()
    {
        var target = new NpgsqlConnectionStringBuilder(dataSource.ConnectionString);
        await using (var server = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(dataSource.ConnectionString) { Database = "postgres", Pooling = false }.ConnectionString))
        {
            await server.OpenAsync();
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", server) { Parameters = { new() { Value = target.Database } } };
            if (await exists.ExecuteScalarAsync() is null)
            {
                try
                {
                    await using var create = new NpgsqlCommand($"CREATE DATABASE \"{target.Database!.Replace("\"", "\"\"")}\"", server);
                    await create.ExecuteNonQueryAsync();
                }
                catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
                {
                    // Another replica created it first.
                }
            }
        }

        await using var command = dataSource.CreateCommand("""
            BEGIN;
            SELECT pg_advisory_xact_lock(hashtext('frivillighed.gateway.rate_limit_windows'));
            CREATE UNLOGGED TABLE IF NOT EXISTS rate_limit_windows (
                partition text PRIMARY KEY,
                window_start timestamptz NOT NULL,
                count integer NOT NULL);
            COMMIT;
            """);
        await command.ExecuteNonQueryAsync();
    }

    // Callers not seen for an hour are forgotten.
    public async Task ForgetIdleAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("DELETE FROM rate_limit_windows WHERE window_start < now() - interval '1 hour'");
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

// Forgets idle callers every few minutes.
public sealed class RateLimitStoreKeeper(RateLimitStore store, ILogger<RateLimitStoreKeeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(5));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await store.ForgetIdleAsync(stoppingToken);
            }
            catch (Exception e) when ((e is NpgsqlException or TimeoutException) && !stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(e, "Could not forget idle rate-limit callers; trying again in 5 minutes.");
            }
        }
    }
}
