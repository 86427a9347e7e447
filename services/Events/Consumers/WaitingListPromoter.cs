using Frivillighed.Contracts.Events;
using Frivillighed.Events.Data;
using Frivillighed.Messaging;
using MassTransit;

namespace Frivillighed.Events.Consumers;

// A cancellation that freed a seat moves the waiting list up by one. The inbox makes a redelivered
// cancellation a no-op, and the seat condition makes a second promotion for one freed seat impossible anyway.
public sealed class WaitingListPromoter(EventsDbContext db, TimeProvider time) : IConsumer<RegistrationCancelled>
{
    public Task Consume(ConsumeContext<RegistrationCancelled> context)
    {
        var m = context.Message;
        return m.SeatFreed
            ? db.ConsumeOnceAsync(context, "waiting-list", ct => db.PromoteAsync(m.EventId, m.RegistrationId, 1, time, ct))
            : Task.CompletedTask;
    }
}
