namespace Frivillighed.ServiceDefaults;

// The municipality's local calendar: dates and times that people read (deadlines, opening hours, bookings)
// are Danish local times; what is stored are instants (timestamptz).
public static class Copenhagen
{
    public static readonly TimeZoneInfo TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(ToLocal(now));

    public static DateTime ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime;

    // The instant of a local date and time, or null for a time that does not exist (the hour skipped when
    // summer time begins). An hour that happens twice (when it ends) is read as the first, summer-time one.
    public static DateTimeOffset? ToInstant(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (TimeZone.IsInvalidTime(local))
        {
            return null;
        }

        var offset = TimeZone.IsAmbiguousTime(local) ? TimeZone.GetAmbiguousTimeOffsets(local).Max() : TimeZone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    public static DateTimeOffset? ToInstant(DateTime local) => ToInstant(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));
}
