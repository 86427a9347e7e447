using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Frivillighed.Messaging;

// What an operator must act on: messages that failed for good wait in their queue's _error queue until a person
// moves them back or deletes them. Every 30 s this asks the broker how many wait in the _error queue of each of the
// service's receive endpoints, exports the count (frivillighed.messaging.error_queue.messages, tagged with the
// queue) and, while it grows, writes a warning that says what to do.
public sealed class ErrorQueueDepth(string connectionString, string queuePrefix, TimeProvider time, ILogger<ErrorQueueDepth> logger)
    : BackgroundService, IReceiveEndpointObserver
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan MeasureWithin = TimeSpan.FromSeconds(10);
    private static readonly ConcurrentDictionary<string, long> Latest = new();

    private readonly ConcurrentDictionary<string, byte> queues = new();
    private IConnection? connection;

    static ErrorQueueDepth() =>
        PlatformTelemetry.Meter.CreateObservableGauge("frivillighed.messaging.error_queue.messages",
            () => Latest.Select(e => new Measurement<long>(e.Value, new KeyValuePair<string, object?>("messaging.destination.name", e.Key))),
            description: "Messages that failed for good and wait in an _error queue for a person");

    public Task Ready(ReceiveEndpointReady ready)
    {
        // The service's own endpoints, not the bus's temporary reply queue.
        var queue = ready.InputAddress.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        if (queue is not null && queue.StartsWith(queuePrefix, StringComparison.Ordinal))
        {
            queues.TryAdd(queue + "_error", 0);
        }

        return Task.CompletedTask;
    }

    public Task Stopping(ReceiveEndpointStopping stopping) => Task.CompletedTask;

    public Task Completed(ReceiveEndpointCompleted completed) => Task.CompletedTask;

    public Task Faulted(ReceiveEndpointFaulted faulted) => Task.CompletedTask;

    // At most MeasureWithin in all: RabbitMQ.Client waits without end for a broker that accepted the connection and
    // then went silent (SIGSTOP), whatever its timeouts say, so the bound is this method's own.
    public async Task MeasureAsync(CancellationToken ct)
    {
        var measuring = MeasureUnboundedAsync(ct);
        try
        {
            await measuring.WaitAsync(MeasureWithin, ct);
        }
        catch (TimeoutException)
        {
            // The abandoned attempt may still connect later: that connection is closed, never kept.
            _ = measuring.ContinueWith(_ => DropConnectionAsync(), TaskScheduler.Default);
            throw;
        }
    }

    private async Task MeasureUnboundedAsync(CancellationToken ct)
    {
        connection ??= await new ConnectionFactory { Uri = new Uri(connectionString), AutomaticRecoveryEnabled = false }.CreateConnectionAsync(ct);
        foreach (var queue in queues.Keys)
        {
            var count = await CountAsync(connection, queue, ct);
            var before = Latest.TryGetValue(queue, out var last) ? last : 0;
            Latest[queue] = count;
            if (count > before)
            {
                var source = queue[..^"_error".Length];
                logger.LogWarning("{Count} message(s) wait in the RabbitMQ queue {Queue}: each failed for good, and the error logged "
                    + "with its message id says why. Fix the cause, then move them back to {Source} (RabbitMQ's shovel can move a "
                    + "queue's messages), or purge {Queue} if they are no longer wanted.", count, queue, source, queue);
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await MeasureAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // Whatever the broker does (gone, frozen, closing), this gauge never stops the service.
                logger.LogDebug(e, "The _error queues could not be measured this round");
                await DropConnectionAsync();
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await DropConnectionAsync();
    }

    private async Task DropConnectionAsync()
    {
        if (connection is not null)
        {
            await connection.DisposeAsync();
            connection = null;
        }
    }

    // A queue that does not exist yet (nothing ever failed there) holds no message.
    private static async Task<long> CountAsync(IConnection connection, string queue, CancellationToken ct)
    {
        await using var channel = await connection.CreateChannelAsync(cancellationToken: ct);
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue, ct)).MessageCount;
        }
        catch (OperationInterruptedException e) when (e.ShutdownReason?.ReplyCode == 404)
        {
            return 0;
        }
    }
}
