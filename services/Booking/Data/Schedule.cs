using Frivillighed.Booking.Model;
using Frivillighed.Messaging;
using Frivillighed.ServiceDefaults;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Booking.Data;

// Turning local dates and times into bookings, and finding what stands in their way.
public static class Schedule
{
    // The confirmed bookings and closed periods that keep the facility from being booked start–end on each date.
    // Called under the facility's lock, so the answer holds until the transaction ends.
    public static async Task<List<SlotConflict>> ConflictsAsync(this BookingDbContext db, Facility facility, IReadOnlyList<DateOnly> dates,
        TimeOnly start, TimeOnly end, CancellationToken ct) =>
        dates.Count == 0 ? [] : (await db.ObstaclesAsync([facility.Id], dates.Min(), dates.Max(), ct)).Conflicts(facility, dates, start, end);

    // What stands on these facilities from the first to the last date, read once for many slots (a season's
    // publication); under the facilities' locks.
    public static async Task<Obstacles> ObstaclesAsync(this BookingDbContext db, IReadOnlyCollection<Guid> facilityIds, DateOnly first, DateOnly last, CancellationToken ct)
    {
        var from = Copenhagen.ToInstant(first, TimeOnly.MinValue)!.Value;
        var to = Copenhagen.ToInstant(last.AddDays(1), TimeOnly.MinValue)!.Value;
        // A booking lies within one local day, so nothing that starts more than a day before `from` reaches it;
        // the bound lets the (facility_id, starts_at) index answer.
        var booked = await db.Bookings.AsNoTracking()
            .Where(b => facilityIds.Contains(b.FacilityId) && b.Status == BookingStatus.Confirmed && b.StartsAt >= from.AddDays(-1) && b.StartsAt < to
                && b.EndsAt > from)
            .Select(b => new { b.FacilityId, b.StartsAt, b.EndsAt })
            .ToListAsync(ct);
        var closed = await db.ClosedPeriods.AsNoTracking()
            .Where(p => facilityIds.Contains(p.FacilityId) && p.From <= last && p.To >= first)
            .ToListAsync(ct);
        return new Obstacles(booked.ToLookup(b => b.FacilityId, b => (b.StartsAt, b.EndsAt)), closed.ToLookup(p => p.FacilityId));
    }

    public sealed record Obstacles(ILookup<Guid, (DateTimeOffset StartsAt, DateTimeOffset EndsAt)> Booked, ILookup<Guid, ClosedPeriod> Closed)
    {
        public List<SlotConflict> Conflicts(Facility facility, IReadOnlyList<DateOnly> dates, TimeOnly start, TimeOnly end)
        {
            var conflicts = new List<SlotConflict>();
            foreach (var date in dates)
            {
                if (Closed[facility.Id].FirstOrDefault(p => p.Covers(date)) is { } period)
                {
                    conflicts.Add(new SlotConflict(date, null, null, $"{facility.Name} is closed {period.From:yyyy-MM-dd} to {period.To:yyyy-MM-dd}: {period.Reason}."));
                    continue;
                }

                if (Copenhagen.ToInstant(date, start) is not { } startsAt || Copenhagen.ToInstant(date, end) is not { } endsAt)
                {
                    conflicts.Add(new SlotConflict(date, null, null, $"{start:HH\\:mm}–{end:HH\\:mm} does not exist on {date:yyyy-MM-dd} (summer time begins)."));
                    continue;
                }

                foreach (var b in Booked[facility.Id].Where(b => b.StartsAt < endsAt && startsAt < b.EndsAt).OrderBy(b => b.StartsAt))
                {
                    var bookedFrom = TimeOnly.FromDateTime(Copenhagen.ToLocal(b.StartsAt));
                    var bookedTo = TimeOnly.FromDateTime(Copenhagen.ToLocal(b.EndsAt));
                    conflicts.Add(new SlotConflict(date, bookedFrom, bookedTo,
                        $"{facility.Name} is already booked on {date:yyyy-MM-dd} from {bookedFrom:HH\\:mm} to {bookedTo:HH\\:mm}."));
                }
            }

            return conflicts;
        }
    }

    // Adds one confirmed booking per date (in the caller's transaction, under the facility's lock) with its
    // BookingConfirmed event.
    public static List<FacilityBooking> AddBookings(this BookingDbContext db, Facility facility, IEnumerable<DateOnly> dates, TimeOnly start, TimeOnly end,
        NewBooking what, TimeProvider time)
    {
        var bookings = NewBookings(facility, dates, start, end, what, time.GetUtcNow());
        foreach (var booking in bookings)
        {
            db.Bookings.Add(booking);
            db.AddEvent(booking.Confirmed(facility.Name), time);
        }

        return bookings;
    }

    public static List<FacilityBooking> NewBookings(Facility facility, IEnumerable<DateOnly> dates, TimeOnly start, TimeOnly end, NewBooking what, DateTimeOffset now) =>
        dates.Select(date => new FacilityBooking
        {
            FacilityId = facility.Id, AssociationId = what.AssociationId, SeriesId = what.SeriesId, SeasonRoundId = what.SeasonRoundId, QuotaAwardId = what.QuotaAwardId,
            Activity = what.Activity, StartsAt = Copenhagen.ToInstant(date, start)!.Value, EndsAt = Copenhagen.ToInstant(date, end)!.Value,
            Price = what.Price, BookedById = what.BookedById, BookedByName = what.BookedByName, BookedAt = now,
        }).ToList();
}
