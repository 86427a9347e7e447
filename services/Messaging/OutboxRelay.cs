using Frivillighed.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Frivillighed.Messaging;

// Publishes the outbox as soon as a transaction that wrote to it commits (LISTEN/NOTIFY),
// and polls as a fallback in case a notification is missed while the connection was down.
public sealed class OutboxRelay<TDbContext>(
    IServiceScopeFactory scopes,
    OutboxPublisher<TDbContext> publisher,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<OutboxRelay<TDbContext>> logger,
    DirectConnection? direct = null) : BackgroundService
    where TDbContext : DbContext
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RelayAsync(options.Value, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Outbox relay failed; retrying in {Delay}", options.Value.RetryDelay);
            }

            // WhenAny: a stop during the pause ends the loop instead of throwing.
            await Task.WhenAny(Task.Delay(options.Value.RetryDelay, time, stoppingToken));
        }
    }

    private async Task RelayAsync(OutboxOptions settings, CancellationToken stoppingToken)
    {
        await using var listener = new NpgsqlConnection(ConnectionString());
        await listener.OpenAsync(stoppingToken);
        await using (var listen = new NpgsqlCommand($"LISTEN {Outbox.NotifyChannel}", listener))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            while (await publisher.PublishPendingAsync(settings.BatchSize, settings.InFlight, stoppingToken) == settings.BatchSize)
            {
            }

            await listener.WaitAsync(settings.PollInterval, stoppingToken);
        }
    }

    // LISTEN needs a session of its own: the direct connection (DirectConnection), else the context's own.
    private string ConnectionString()
    {
        if (direct is not null)
        {
            return direct.ConnectionString;
        }

        using var scope = scopes.CreateScope();
        return scope.ServiceProvider.GetRequiredService<TDbContext>().Database.GetConnectionString()
            ?? throw new InvalidOperationException($"{typeof(TDbContext).Name} has no connection string.");
    }
}
