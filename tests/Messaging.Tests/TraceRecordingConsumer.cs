using System.Collections.Concurrent;
using System.Diagnostics;
using Frivillighed.Contracts.Associations;
using MassTransit;

namespace Frivillighed.Messaging.Tests;

// Remembers the trace each message was consumed in.
public sealed class TraceRecordingConsumer : IConsumer<AssociationRegistered>
{
    public static readonly ConcurrentDictionary<Guid, ActivityTraceId> TraceIds = new();

    public Task Consume(ConsumeContext<AssociationRegistered> context)
    {
        TraceIds[context.Message.AssociationId] = Activity.Current?.TraceId ?? default;
        return Task.CompletedTask;
    }
}
