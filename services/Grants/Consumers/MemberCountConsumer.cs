using Frivillighed.Contracts.Associations;
using Frivillighed.Grants.Data;
using Frivillighed.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Grants.Consumers;

// Keeps each association's member counts, the basis of the activity grant: the highest revision of a year wins,
// so a late redelivery of an older revision changes nothing.
public sealed class MemberCountConsumer(GrantsDbContext db) : IConsumer<MemberCountReported>
{
    private const string Name = "member-counts";

    public Task Consume(ConsumeContext<MemberCountReported> context)
    {
        var m = context.Message;
        return db.ConsumeOnceAsync(context, Name, ct => db.Database.ExecuteSqlAsync($"""
            INSERT INTO member_counts (association_id, year, revision, members_under25, members25and_over, reported_at)
            VALUES ({m.AssociationId}, {m.Year}, {m.Revision}, {m.MembersUnder25}, {m.Members25AndOver}, {m.OccurredAt})
            ON CONFLICT (association_id, year) DO UPDATE
            SET revision = excluded.revision, members_under25 = excluded.members_under25,
                members25and_over = excluded.members25and_over, reported_at = excluded.reported_at
            WHERE member_counts.revision < excluded.revision
            """, ct));
    }
}
