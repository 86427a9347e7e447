using Frivillighed.Data;
using Frivillighed.Events.Model;
using Frivillighed.ServiceDefaults;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Events.Data;

// The next volunteer conference, six weeks from now at 17:00 in Haslev, with two workshops; and a dialogue
// meeting for associations three weeks from now (outside addresses: no venue booking needed for the demo).
public sealed class DemoData(TimeProvider time) : IDemoData<EventsDbContext>
{
    public async Task SeedAsync(EventsDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Events.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = time.GetUtcNow();
        var today = Copenhagen.Today(now);
        var conferenceStart = Copenhagen.ToInstant(today.AddDays(42), new TimeOnly(17, 0))!.Value;
        var conference = new PlatformEvent
        {
            Kind = EventKind.Conference,
            Title = "Frivillighedskonference",
            Description = "The municipality's yearly conference for volunteers and associations: shared understanding, new partnerships.",
            StartsAt = conferenceStart,
            EndsAt = conferenceStart.AddHours(4),
            Venue = "Haslev Gymnasium, Frederiksgade 1, 4690 Haslev",
            Town = "Haslev",
            Capacity = 200,
            RegistrationOpens = now,
            RegistrationCloses = conferenceStart.AddDays(-2),
            Audience = Audience.Public,
            Status = EventStatus.Published,
            CreatedAt = now,
        };
        var meetingStart = Copenhagen.ToInstant(today.AddDays(21), new TimeOnly(19, 0))!.Value;
        db.Events.AddRange(conference, new PlatformEvent
        {
            Kind = EventKind.DialogueMeeting,
            Title = "Dialogmøde: foreningernes lokaler",
            Description = "Staff and associations talk about the next season's allocation of premises.",
            StartsAt = meetingStart,
            EndsAt = meetingStart.AddHours(2),
            Venue = "Faxe Bibliotek, Torvegade 15, 4640 Faxe",
            Town = "Faxe",
            Capacity = 40,
            RegistrationOpens = now,
            RegistrationCloses = meetingStart,
            Audience = Audience.AssociationsOnly,
            Status = EventStatus.Published,
            CreatedAt = now,
        });
        db.Sessions.AddRange(
            new Session { EventId = conference.Id, Title = "Workshop: rekruttering af unge frivillige", StartsAt = conferenceStart.AddHours(1), EndsAt = conferenceStart.AddHours(2), Capacity = 40 },
            new Session { EventId = conference.Id, Title = "Workshop: børneattester i praksis", StartsAt = conferenceStart.AddHours(2), EndsAt = conferenceStart.AddHours(3), Capacity = 40 });
        await db.SaveChangesAsync(cancellationToken);
    }
}
