using System.Collections.Concurrent;
using Frivillighed.Contracts.Associations;
using MassTransit;

namespace Frivillighed.Messaging.Tests;

// Fails as its message's Reason says: "poison" always (a bug), "flaky" once with a transient fault.
public sealed class FailingConsumer : IConsumer<AssociationStatusChanged>
{
    public static readonly ConcurrentDictionary<Guid, int> Attempts = new();
    public static readonly ConcurrentDictionary<Guid, bool> Succeeded = new();

    public Task Consume(ConsumeContext<AssociationStatusChanged> context)
    {
        var attempt = Attempts.AddOrUpdate(context.Message.AssociationId, 1, (_, n) => n + 1);
        if (context.Message.Reason == "poison")
        {
            throw new InvalidOperationException("A bug: this message can never be processed.");
        }

        if (context.Message.Reason == "flaky" && attempt == 1)
        {
            throw new TimeoutException("The database did not answer in time.");
        }

        Succeeded[context.Message.AssociationId] = true;
        return Task.CompletedTask;
    }
}
