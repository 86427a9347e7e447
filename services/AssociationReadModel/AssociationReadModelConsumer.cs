using Frivillighed.Contracts.Associations;
using Frivillighed.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.AssociationReadModel;

// Keeps known_associations and known_representatives up to date. Events may arrive out of order or twice:
// the inbox drops redeliveries, and the version (associations) or time (representatives) guard drops
// anything older than what is stored.
public sealed class AssociationReadModelConsumer<TDbContext>(TDbContext db)
    : IConsumer<AssociationRegistered>, IConsumer<AssociationStatusChanged>,
        IConsumer<ChildSafetyDeclarationLapsed>, IConsumer<ChildSafetyDeclarationFiled>,
        IConsumer<AssociationDetailsChanged>, IConsumer<RepresentativeAdded>, IConsumer<RepresentativeRemoved>
    where TDbContext : DbContext
{
    private const string Name = "association-read-model";

    public Task Consume(ConsumeContext<AssociationRegistered> context)
    {
        var m = context.Message;
        return db.ConsumeOnceAsync(context, Name, ct => UpsertAsync(m.AssociationId, m.Name, m.Status, false, m.Version, m.OccurredAt, ct));
    }

    public Task Consume(ConsumeContext<AssociationStatusChanged> context)
    {
        var m = context.Message;
        return db.ConsumeOnceAsync(context, Name, ct => UpsertAsync(m.AssociationId, m.Name, m.Status, m.ChildSafetyLapsed, m.Version, m.OccurredAt, ct));
    }

    public Task Consume(ConsumeContext<AssociationDetailsChanged> context)
    {
        var m = context.Message;
        return db.ConsumeOnceAsync(context, Name, ct => UpsertAsync(m.AssociationId, m.Name, m.Status, m.ChildSafetyLapsed, m.Version, m.OccurredAt, ct));
    }

    public Task Consume(ConsumeContext<ChildSafetyDeclarationLapsed> context)
    {
        var m = context.Message;
        return db.ConsumeOnceAsync(context, Name, ct => UpsertAsync(m.AssociationId, m.Name, m.Status, true, m.Version, m.OccurredAt, ct));
    }

    public Task Consume(ConsumeContext<ChildSafetyDeclarationFiled> context)
    {
        var m = context.Message;
        return db.ConsumeOnceAsync(context, Name, ct => UpsertAsync(m.AssociationId, m.Name, m.Status, m.ChildSafetyLapsed, m.Version, m.OccurredAt, ct));
    }

    public Task Consume(ConsumeContext<RepresentativeAdded> context)
    {
        var m = context.Message;
        return db.ConsumeOnceAsync(context, Name, ct => db.Database.ExecuteSqlAsync($"""
            INSERT INTO known_representatives (association_id, user_id, role, removed, changed_at)
            VALUES ({m.AssociationId}, {m.UserId}, {m.Role.ToString()}, false, {m.OccurredAt})
            ON CONFLICT (association_id, user_id) DO UPDATE SET role = excluded.role, removed = false, changed_at = excluded.changed_at
            WHERE known_representatives.changed_at < excluded.changed_at
            """, ct));
    }

    public Task Consume(ConsumeContext<RepresentativeRemoved> context)
    {
        var m = context.Message;
        return db.ConsumeOnceAsync(context, Name, ct => db.Database.ExecuteSqlAsync($"""
            INSERT INTO known_representatives (association_id, user_id, role, removed, changed_at)
            VALUES ({m.AssociationId}, {m.UserId}, {RepresentativeRole.Member.ToString()}, true, {m.OccurredAt})
            ON CONFLICT (association_id, user_id) DO UPDATE SET removed = true, changed_at = excluded.changed_at
            WHERE known_representatives.changed_at < excluded.changed_at
            """, ct));
    }

    // Every association event carries the state the read model keeps, so the newest version wins whole.
    private Task UpsertAsync(Guid id, string name, AssociationStatus status, bool lapsed, int version, DateTimeOffset at, CancellationToken ct) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO known_associations (id, name, status, child_safety_lapsed, version, updated_at)
            VALUES ({id}, {name}, {status.ToString()}, {lapsed}, {version}, {at})
            ON CONFLICT (id) DO UPDATE
            SET name = excluded.name, status = excluded.status, child_safety_lapsed = excluded.child_safety_lapsed,
                version = excluded.version, updated_at = excluded.updated_at
            WHERE known_associations.version < excluded.version
            """, ct);
}
