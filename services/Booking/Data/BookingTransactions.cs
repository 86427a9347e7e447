using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Booking.Data;

public static class BookingTransactions
{
    // Bookings of one facility are written one at a time: whoever holds the facility's row lock decides, the
    // others wait their turn instead of deadlocking on the exclusion constraint's index (FACTS.md).
    // Several facilities are locked in id order, so two writers never wait for each other.
    public static Task<List<Model.Facility>> LockFacilitiesAsync(this BookingDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var sorted = ids.Distinct().Order().ToArray();
        return db.Facilities.FromSql($"SELECT * FROM facilities WHERE id = ANY({sorted}) ORDER BY id FOR UPDATE").ToListAsync(ct);
    }
}
