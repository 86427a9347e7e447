using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace Frivillighed.Data;

// Which replica runs a periodic job: the one that holds the job's PostgreSQL advisory lock. The lock lives in a
// session of its own (an unpooled connection: closing it, or the process dying, releases the lock at once, and a
// pooler in transaction mode would break a session lock, so this must be a direct connection string). The
// other replicas skip their rounds until the holder is gone, so each round runs once across all of them.
public sealed class JobLeases(string? connectionString)
{
    // No shared database: every instance leads (a test host, or a job without a service database).
    public static readonly JobLeases Unshared = new(null);

    // The lease when this instance may run the job now; null when another instance holds it (or the database
    // cannot be reached, and then nobody runs a round that needs it anyway).
    public async Task<JobLease?> TryTakeAsync(string job, CancellationToken ct)
    {
        if (connectionString is null)
        {
            return new JobLease(null);
        }

        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        try
        {
            await connection.OpenAsync(ct);
            await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock($1)", connection) { Parameters = { new() { Value = Key(job) } } };
            if (await command.ExecuteScalarAsync(ct) is true)
            {
                return new JobLease(connection);
            }
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            // Not reachable now: try again next round.
        }

        await connection.DisposeAsync();
        return null;
    }

    // A stable 64-bit key per job name (advisory locks are keyed by bigint).
    public static long Key(string job) => BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("frivillighed-job:" + job)), 0);
}

// A held advisory lock: held while its session is alive.
public sealed class JobLease(NpgsqlConnection? connection) : IAsyncDisposable
{
    public async Task<bool> IsHeldAsync(CancellationToken ct)
    {
        if (connection is null)
        {
            return true;
        }

        try
        {
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(ct);
            return true;
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            return false;
        }
    }

    // Closing the session releases the lock.
    public ValueTask DisposeAsync() => connection?.DisposeAsync() ?? ValueTask.CompletedTask;
}
