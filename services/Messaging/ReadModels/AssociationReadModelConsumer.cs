using Frivillighed.Contracts.Associations;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Messaging.ReadModels;

// Keeps known_associations up to date. Events may arrive out of order or twice: the inbox drops
// redeliveries and the version guard drops anything older than what is stored.
public sealed class AssociationReadModelConsumer<TDbContext>(TDbContext db)
    : IConsumer<AssociationRegistered>, IConsumer<AssociationStatusChanged>, IConsumer<RepresentativeAdded>, IConsumer<RepresentativeRemoved>
    where TDbContext : DbContext
{
    private const string Name = "association-read-model";

    public Task Consume(ConsumeContext<AssociationRegistered> context)
    {
        var m = context.Message;
        return db.ConsumeOnceAsync(context, Name, ct => UpsertAsync(m.AssociationId, m.Name, m.Status, m.Version, m.OccurredAt, ct));
    }

    public Task Consume(ConsumeContext<AssociationStatusChanged> context)
    {
        var m = context.Message;
        return db.ConsumeOnceAsync(context, Name, ct => UpsertAsync(m.AssociationId, m.Name, m.Status, m.Version, m.OccurredAt, ct));
    }

    public Task Consume(ConsumeContext<RepresentativeAdded> context)
    {
        var m = context.Message;
        return db.ConsumeOnceAsync(context, Name, ct => db.Database.ExecuteSqlAsync($"""
            INSERT INTO known_representatives (association_id, user_id, role) VALUES ({m.AssociationId}, {m.UserId}, {m.Role.ToString()})
            ON CONFLICT (association_id, user_id) DO UPDATE SET role = excluded.role
            """, ct));
    }

    public Task Consume(ConsumeContext<RepresentativeRemoved> context)
    {
        var m = context.Message;
        return db.ConsumeOnceAsync(context, Name, ct => db.Database.ExecuteSqlAsync(
            $"DELETE FROM known_representatives WHERE association_id = {m.AssociationId} AND user_id = {m.UserId}", ct));
    }

    private Task UpsertAsync(Guid id, string name, AssociationStatus status, int version, DateTimeOffset at, CancellationToken ct) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO known_associations (id, name, status, version, updated_at)
            VALUES ({id}, {name}, {status.ToString()}, {version}, {at})
            ON CONFLICT (id) DO UPDATE
            SET name = excluded.name, status = excluded.status, version = excluded.version, updated_at = excluded.updated_at
            WHERE known_associations.version < excluded.version
            """, ct);
}
