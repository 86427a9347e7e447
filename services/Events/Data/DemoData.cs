using Frivillighed.Events.Model;
using Frivillighed.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Events.Data;

// The next volunteer conference, six weeks from now at 17:00 in Haslev (Europe/Copenhagen).
public sealed class DemoData(TimeProvider time) : IDemoData<EventsDbContext>
{
    public async Task SeedAsync(EventsDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Events.AnyAsync(cancellationToken))
        {
            return;
        }

        var copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");
        var day = TimeZoneInfo.ConvertTime(time.GetUtcNow(), copenhagen).Date.AddDays(42);
        var start = new DateTimeOffset(day.AddHours(17), copenhagen.GetUtcOffset(day.AddHours(17))).ToUniversalTime();
        db.Events.Add(new PlatformEvent
        {
            Kind = EventKind.Conference,
            Title = "Frivillighedskonference 2027",
            Description = "The municipality's yearly conference for volunteers and associations: shared understanding, new partnerships.",
            StartsAt = start,
            EndsAt = start.AddHours(4),
            Venue = "Haslev Hallerne, hal 1",
            Town = "Haslev",
            Capacity = 200,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
