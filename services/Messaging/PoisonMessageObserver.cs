using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Frivillighed.Messaging;

// A message that still fails after the transient retries goes to its queue's _error queue (MassTransit's
// default). This makes that visible: one error log and one count per poison message.
public sealed class PoisonMessageObserver(ILogger<PoisonMessageObserver> logger) : IConsumeObserver
{
    private static readonly System.Diagnostics.Metrics.Counter<long> Poisoned =
        PlatformTelemetry.Meter.CreateCounter<long>("frivillighed.messaging.poison", description: "Messages moved to an _error queue");

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class
    {
        Poisoned.Add(1, new KeyValuePair<string, object?>("message_type", typeof(T).Name));
        logger.LogError(exception, "Message {MessageId} ({MessageType}) failed on {InputAddress} and goes to its _error queue",
            context.MessageId, typeof(T).Name, context.ReceiveContext.InputAddress);
        return Task.CompletedTask;
    }
}
