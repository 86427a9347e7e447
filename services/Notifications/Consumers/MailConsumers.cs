using Frivillighed.Messaging;
using Frivillighed.Notifications.Data;
using Frivillighed.Notifications.Mails;
using MassTransit;

namespace Frivillighed.Notifications.Consumers;

public static class MailConsumers
{
    // Retries when a mail's recipients are not known yet (their events are on another queue): 0.5 + 2 + 5 + 15 s.
    public static readonly int[] RecipientRetryIntervals = [500, 2000, 5000, 15000];

    // The message's mails are recorded once (inbox); when the recipients stay unknown through every retry, the
    // message is dropped with a warning (no address: nobody to write to), never sent to the error queue.
    public static async Task MailOnceAsync<T>(this NotificationsDbContext db, ConsumeContext<T> context, string consumer,
        Func<CancellationToken, Task> effect, ILogger logger) where T : class
    {
        try
        {
            await db.ConsumeOnceAsync(context, consumer, effect);
        }
        catch (RecipientsNotYetKnown e) when (context.GetRetryAttempt() >= RecipientRetryIntervals.Length)
        {
            logger.LogWarning("No mail for {MessageType} {MessageId}: {Reason}", typeof(T).Name, context.MessageId, e.Message);
        }
    }

    public static IConsumerConfigurator<T> RetryUntilRecipientsKnown<T>(this IConsumerConfigurator<T> consumer) where T : class
    {
        consumer.UseMessageRetry(r =>
        {
            r.Handle<RecipientsNotYetKnown>();
            r.Intervals(RecipientRetryIntervals);
        });
        return consumer;
    }
}
