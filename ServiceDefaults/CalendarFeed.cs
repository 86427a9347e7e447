using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Frivillighed.ServiceDefaults;

// iCalendar (RFC 5545) feeds that calendar apps subscribe to. Times are written in UTC, which every client
// shows in its own zone; the UID is stable, so a changed or cancelled entry updates in place.
public static class CalendarFeed
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public sealed record Entry(Guid Id, string Summary, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string? Location = null,
        string? Description = null, bool Cancelled = false);

    public static ContentHttpResult Write(string name, IEnumerable<Entry> entries, DateTimeOffset now) =>
        TypedResults.Text(Serialize(name, entries, now), ContentType);

    // The same calendar as text: a feed, or the .ics file a registration mail carries.
    public static string Serialize(string name, IEnumerable<Entry> entries, DateTimeOffset now)
    {
        var calendar = new Calendar { ProductId = "-//Frivillighed Platform//Faxe Kommune//DA" };
        calendar.AddProperty("X-WR-CALNAME", name);
        calendar.AddProperty("X-WR-TIMEZONE", "Europe/Copenhagen");
        foreach (var entry in entries)
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"{entry.Id}@frivillighed.faxe.dk",
                Summary = entry.Summary,
                Start = Utc(entry.StartsAt),
                End = Utc(entry.EndsAt),
                DtStamp = Utc(now),
                Location = entry.Location,
                Description = entry.Description,
                Status = entry.Cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
                Transparency = TransparencyType.Opaque,
            });
        }

        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    private static CalDateTime Utc(DateTimeOffset instant) => new(instant.UtcDateTime, CalDateTime.UtcTzId);
}
