using System.Collections.Concurrent;
using System.Diagnostics;
using Frivillighed.Contracts.Associations;
using MassTransit;

namespace Frivillighed.Benchmarks;

// Records when each event reaches a consumer; OutboxBenchmark pairs it with the moment its commit returned.
// (The consumer may run before SaveChangesAsync has even returned to the committer: the relay is that fast.)
public sealed class LatencyConsumer : IConsumer<AssociationRegistered>
{
    public static readonly ConcurrentDictionary<Guid, long> CommittedAt = new();
    public static readonly ConcurrentDictionary<Guid, long> ArrivedAt = new();

    public Task Consume(ConsumeContext<AssociationRegistered> context)
    {
        ArrivedAt.TryAdd(context.Message.AssociationId, Stopwatch.GetTimestamp());
        return Task.CompletedTask;
    }
}
