namespace Frivillighed.Associations.Model;

// The municipality's local calendar: dates (deadlines, founding dates) are Danish dates.
public static class Copenhagen
{
    public static readonly TimeZoneInfo TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZone).DateTime);
}
