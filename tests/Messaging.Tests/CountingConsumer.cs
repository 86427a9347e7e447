using System.Collections.Concurrent;
using Frivillighed.Contracts.Associations;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Messaging.Tests;

// A deliberately non-idempotent effect (a counter), made safe only by the inbox.
public sealed class CountingConsumer(TestDbContext db) : IConsumer<AssociationRegistered>
{
    public static readonly ConcurrentDictionary<Guid, int> Deliveries = new();

    public async Task Consume(ConsumeContext<AssociationRegistered> context)
    {
        var id = context.Message.AssociationId;
        await db.ConsumeOnceAsync(context, "counting", ct => db.Database.ExecuteSqlAsync($"""
            INSERT INTO effects (association_id, applied) VALUES ({id}, 1)
            ON CONFLICT (association_id) DO UPDATE SET applied = effects.applied + 1
            """, ct));
        Deliveries.AddOrUpdate(id, 1, (_, n) => n + 1);
    }
}
