using Frivillighed.Booking.Data;
using Frivillighed.Booking.Model;
using Frivillighed.Contracts.Grants;
using Frivillighed.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Booking.Consumers;

// Honours the booking quota that a grant carries (GrantAwarded) and ends it when the grant is withdrawn.
public sealed class GrantQuotaConsumer(BookingDbContext db) : IConsumer<GrantAwarded>, IConsumer<GrantWithdrawn>
{
    private const string Name = "grant-quotas";

    public Task Consume(ConsumeContext<GrantAwarded> context)
    {
        var m = context.Message;
        if (m.BookingQuota is not { } quota || !Enum.TryParse<FacilityKind>(quota.FacilityKind, ignoreCase: true, out var kind))
        {
            return Task.CompletedTask;
        }

        return db.ConsumeOnceAsync(context, Name, ct => db.Database.ExecuteSqlAsync($"""
            INSERT INTO booking_quotas (award_id, association_id, facility_kind, hours, used_minutes, period_start, period_end, withdrawn)
            VALUES ({m.AwardId}, {m.AssociationId}, {kind.ToString()}, {quota.Hours}, 0, {m.PeriodStart}, {m.PeriodEnd}, false)
            ON CONFLICT (award_id) DO NOTHING
            """, ct));
    }

    // A withdrawal ends the quota. If it arrives before the award (events can come out of order), it leaves a
    // withdrawn row without hours, so the late award's insert finds its id taken and changes nothing.
    public Task Consume(ConsumeContext<GrantWithdrawn> context)
    {
        var m = context.Message;
        return db.ConsumeOnceAsync(context, Name, ct => db.Database.ExecuteSqlAsync($"""
            INSERT INTO booking_quotas (award_id, association_id, facility_kind, hours, used_minutes, period_start, period_end, withdrawn)
            VALUES ({m.AwardId}, {m.AssociationId}, {FacilityKind.Hall.ToString()}, 0, 0, {DateOnly.MinValue}, {DateOnly.MinValue}, true)
            ON CONFLICT (award_id) DO UPDATE SET withdrawn = true
            """, ct));
    }
}
