using System.Globalization;

namespace Frivillighed.ServiceDefaults;

// How the platform writes dates, times and money for a Danish reader (the portal's pages and the mails), always in
// Danish time: "tirsdag 3. marts 2027", "18:00", "1.234,50 kr.".
public static class DanishFormat
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("da-DK");

    public static string Date(DateTimeOffset instant) => Date(DateOnly.FromDateTime(Copenhagen.ToLocal(instant)));

    public static string Date(DateOnly date) => date.ToString("dddd d. MMMM yyyy", Culture);

    // 18:00 with a colon (da-DK's own separator is a full stop).
    public static string Time(DateTimeOffset instant) => Copenhagen.ToLocal(instant).ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string DateAndTime(DateTimeOffset instant) => $"{Date(instant)} kl. {Time(instant)}";

    // One day: "tirsdag 3. marts 2027 kl. 17:00–21:00"; several: both ends in full.
    public static string Period(DateTimeOffset start, DateTimeOffset end) =>
        DateOnly.FromDateTime(Copenhagen.ToLocal(start)) == DateOnly.FromDateTime(Copenhagen.ToLocal(end))
            ? $"{Date(start)} kl. {Time(start)}–{Time(end)}"
            : $"{DateAndTime(start)} til {DateAndTime(end)}";

    public static string Money(decimal amount) => amount.ToString("N2", Culture) + " kr.";

    public static string Weekday(DayOfWeek day) => Culture.DateTimeFormat.GetDayName(day);
}
