using System.Collections.Concurrent;
using System.Diagnostics;
using Frivillighed.Contracts.Associations;
using MassTransit;

namespace Frivillighed.Benchmarks;

// Records, per event, the time from its commit to its arrival at a consumer.
public sealed class LatencyConsumer : IConsumer<AssociationRegistered>
{
    public static readonly ConcurrentDictionary<Guid, long> CommittedAt = new();
    public static readonly ConcurrentDictionary<Guid, double> Latency = new();

    public Task Consume(ConsumeContext<AssociationRegistered> context)
    {
        var arrived = Stopwatch.GetTimestamp();
        if (CommittedAt.TryGetValue(context.Message.AssociationId, out var committed))
        {
            Latency.TryAdd(context.Message.AssociationId, Stopwatch.GetElapsedTime(committed, arrived).TotalMilliseconds);
        }

        return Task.CompletedTask;
    }
}
