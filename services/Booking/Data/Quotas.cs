using Frivillighed.Booking.Model;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Booking.Data;

public static class Quotas
{
    // Takes the minutes from a grant's booking quota that covers the facility kind and the date, in the caller's
    // transaction; null when none has enough left. One conditional UPDATE: concurrent bookings cannot overdraw it.
    public static async Task<Guid?> TryTakeQuotaAsync(this BookingDbContext db, Guid associationId, FacilityKind kind, DateOnly date, int minutes,
        CancellationToken ct)
    {
        var taken = await db.Database.SqlQuery<Guid>($"""
            UPDATE booking_quotas SET used_minutes = used_minutes + {minutes}
            WHERE award_id = (
                SELECT award_id FROM booking_quotas
                WHERE association_id = {associationId} AND facility_kind = {kind.ToString()} AND period_start <= {date} AND period_end >= {date}
                  AND NOT withdrawn AND used_minutes + {minutes} <= hours * 60
                ORDER BY period_end, award_id LIMIT 1 FOR UPDATE)
              AND used_minutes + {minutes} <= hours * 60
            RETURNING award_id AS "Value"
            """).ToListAsync(ct);
        return taken.Count == 1 ? taken[0] : null;
    }

    // A cancelled quota booking gives its minutes back.
    public static Task ReturnQuotaAsync(this BookingDbContext db, FacilityBooking booking, CancellationToken ct) =>
        booking.QuotaAwardId is { } award
            ? db.Database.ExecuteSqlAsync(
                $"UPDATE booking_quotas SET used_minutes = greatest(0, used_minutes - {(int)(booking.EndsAt - booking.StartsAt).TotalMinutes}) WHERE award_id = {award}", ct)
            : Task.CompletedTask;
}
