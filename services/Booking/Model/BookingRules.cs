using Frivillighed.ServiceDefaults;

namespace Frivillighed.Booking.Model;

// The facility's rules for one booking, as sentences a booker understands; no sentences: the slot may be booked
// (if nobody else has it, which the database decides).
public static class BookingRules
{
    public const int FreeCancellationDays = 7;

    // Closed periods are not among them: they are dates that cannot be had, reported with the conflicts.
    public static List<BrokenRule> Check(Facility facility, DateOnly date, TimeOnly start, TimeOnly end, DateTimeOffset now, bool staff)
    {
        var errors = new List<BrokenRule>();
        var startsAt = Copenhagen.ToInstant(date, start);
        if (startsAt is null || Copenhagen.ToInstant(date, end) is null)
        {
            errors.Add(new("NonexistentTime", $"{date:yyyy-MM-dd} {start:HH\\:mm}–{end:HH\\:mm} includes a time that does not exist in Denmark (the hour skipped when summer time begins)."));
            return errors;
        }

        if (startsAt <= now)
        {
            errors.Add(new("Begun", $"{date:yyyy-MM-dd} {start:HH\\:mm} has already begun."));
        }

        var lastDay = Copenhagen.Today(now).AddDays(facility.BookableDaysAhead);
        if (!staff && date > lastDay)
        {
            errors.Add(new("TooFarAhead", $"{facility.Name} can be booked at most {facility.BookableDaysAhead} days ahead (until {lastDay:yyyy-MM-dd})."));
        }

        var minutes = (int)(end - start).TotalMinutes;
        if (minutes < facility.MinimumMinutes || minutes > facility.MaximumMinutes)
        {
            errors.Add(new("Duration", $"A booking of {facility.Name} lasts {facility.MinimumMinutes}–{facility.MaximumMinutes} minutes; this one lasts {minutes}."));
        }

        errors.AddRange(CheckWeekly(facility, date.DayOfWeek, start, end));
        return errors;
    }

    // The rules that hold for a weekday and times in every week: opening hours and the booking unit.
    // A weekly series: the first date shows whether it has begun, the last whether it is too far ahead; the rest
    // hold every week.
    public static List<BrokenRule> CheckSeries(Facility facility, DateOnly first, DateOnly last, TimeOnly start, TimeOnly end, DateTimeOffset now, bool staff) =>
        Check(facility, first, start, end, now, staff).Union(Check(facility, last, start, end, now, staff)).ToList();

    public static List<BrokenRule> CheckWeekly(Facility facility, DayOfWeek day, TimeOnly start, TimeOnly end)
    {
        var hours = facility.OpenOn(day);
        if (hours is null)
        {
            return [new("ClosedDay", $"{facility.Name} is closed on {day}s.")];
        }

        var errors = new List<BrokenRule>();
        if (start < hours.Opens || end > hours.Closes)
        {
            errors.Add(new("OpeningHours", $"{facility.Name} is open {hours.Opens:HH\\:mm}–{hours.Closes:HH\\:mm} on {day}s."));
        }

        var unit = facility.BookingUnitMinutes;
        if ((int)(start - hours.Opens).TotalMinutes % unit != 0 || (int)(end - start).TotalMinutes % unit != 0)
        {
            errors.Add(new("BookingUnit", $"Bookings of {facility.Name} start and end on whole {unit}-minute units from its opening time {hours.Opens:HH\\:mm}."));
        }

        return errors;
    }

    public static bool IsLateCancellation(DateTimeOffset startsAt, DateTimeOffset now) => startsAt - now < TimeSpan.FromDays(FreeCancellationDays);

    // Every date from first to last, a week apart.
    public static List<DateOnly> Weekly(DateOnly first, DateOnly last)
    {
        var dates = new List<DateOnly>();
        for (var date = first; date <= last; date = date.AddDays(7))
        {
            dates.Add(date);
        }

        return dates;
    }
}
