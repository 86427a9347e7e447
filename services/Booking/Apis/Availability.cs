using Frivillighed.Booking.Model;
using Frivillighed.ServiceDefaults;

namespace Frivillighed.Booking.Apis;

public static class Availability
{
    // The day's opening window split into busy and free parts (busy clipped to the window).
    public static DayAvailability ForDay(Facility facility, DateOnly date, ClosedPeriod? closed, IEnumerable<(DateTimeOffset StartsAt, DateTimeOffset EndsAt)> bookings)
    {
        var hours = facility.OpenOn(date.DayOfWeek);
        if (hours is null || closed is not null)
        {
            return new DayAvailability(date, null, null, closed?.Reason ?? $"Closed on {date.DayOfWeek}s.", [], []);
        }

        var dayStart = Copenhagen.ToInstant(date, TimeOnly.MinValue)!.Value;
        var dayEnd = Copenhagen.ToInstant(date.AddDays(1), TimeOnly.MinValue)!.Value;
        var busy = bookings
            .Where(b => b.StartsAt < dayEnd && b.EndsAt > dayStart)
            .Select(b => (From: Clip(b.StartsAt, dayStart, hours), To: Clip(b.EndsAt, dayStart, hours, end: b.EndsAt >= dayEnd)))
            .Where(b => b.From < b.To)
            .OrderBy(b => b.From)
            .Select(b => new TimeRange(b.From, b.To))
            .ToList();
        var free = new List<TimeRange>();
        var cursor = hours.Opens;
        foreach (var range in busy)
        {
            if (range.From > cursor)
            {
                free.Add(new TimeRange(cursor, range.From));
            }

            cursor = range.To > cursor ? range.To : cursor;
        }

        if (cursor < hours.Closes)
        {
            free.Add(new TimeRange(cursor, hours.Closes));
        }

        return new DayAvailability(date, hours.Opens, hours.Closes, null, busy, free);
    }

    private static TimeOnly Clip(DateTimeOffset instant, DateTimeOffset dayStart, OpeningHours hours, bool end = false)
    {
        var local = instant <= dayStart ? TimeOnly.MinValue : end ? TimeOnly.MaxValue : TimeOnly.FromDateTime(Copenhagen.ToLocal(instant));
        return local < hours.Opens ? hours.Opens : local > hours.Closes ? hours.Closes : local;
    }
}
