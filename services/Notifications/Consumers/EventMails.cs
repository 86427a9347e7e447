using Frivillighed.Contracts.Events;
using Frivillighed.Notifications.Data;
using Frivillighed.Notifications.Mails;
using Frivillighed.Notifications.Model;
using Frivillighed.ServiceDefaults;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Notifications.Consumers;

// A participant's own mails: registered or on the waiting list (with the true place), promoted, the event changed
// or cancelled. The participant is kept (ParticipantRegistered) for the later mails and the reminder.
public sealed class EventMails(NotificationsDbContext db, MailQueue mails, TimeProvider time, ILogger<EventMails> logger)
    : IConsumer<ParticipantRegistered>, IConsumer<WaitingListPromoted>, IConsumer<RegistrationCancelled>,
        IConsumer<EventChanged>, IConsumer<EventCancelled>
{
    private const string Name = "event-mails";

    public Task Consume(ConsumeContext<ParticipantRegistered> context)
    {
        var m = context.Message;
        return db.MailOnceAsync(context, Name, async ct =>
        {
            var participant = new Participant
            {
                RegistrationId = m.RegistrationId, EventId = m.EventId, Name = m.Name, Email = m.Email, CancelLink = m.CancelLink,
                Waiting = m.WaitingPosition is not null, Title = m.Title, StartsAt = m.StartsAt, EndsAt = m.EndsAt, Venue = m.Venue, Town = m.Town,
            };
            db.Participants.Add(participant);
            var to = await mails.PersonByEmailAsync(m.Name, m.Email, ct);
            var values = Values(participant, mails.Portal);
            if (m.WaitingPosition is { } position)
            {
                values["Position"] = position.ToString(DanishFormat.Culture);
                await mails.AddAsync(context.MessageId!.Value, "event-waiting-list", to, values, ct);
            }
            else
            {
                await mails.AddAsync(context.MessageId!.Value, "event-registered", to, values, ct, calendarFile: Calendar(participant, mails.Portal, time.GetUtcNow()));
            }
        }, logger);
    }

    public Task Consume(ConsumeContext<WaitingListPromoted> context)
    {
        var m = context.Message;
        return db.MailOnceAsync(context, Name, async ct =>
        {
            var participant = await db.Participants.FirstOrDefaultAsync(p => p.RegistrationId == m.RegistrationId, ct)
                ?? throw new RecipientsNotYetKnown($"Registration {m.RegistrationId} is not known yet.");
            participant.Waiting = false;
            var to = await mails.PersonByEmailAsync(participant.Name, participant.Email, ct);
            await mails.AddAsync(context.MessageId!.Value, "event-promoted", to, Values(participant, mails.Portal), ct, calendarFile: Calendar(participant, mails.Portal, time.GetUtcNow()));
        }, logger);
    }

    public Task Consume(ConsumeContext<RegistrationCancelled> context)
    {
        var m = context.Message;
        return db.MailOnceAsync(context, Name, async ct =>
            await db.Participants.Where(p => p.RegistrationId == m.RegistrationId).ExecuteUpdateAsync(s => s.SetProperty(p => p.Cancelled, true), ct),
            logger);
    }

    // Participants are told when what they were told changes (title or time); capacity or texts alone are not news to them.
    public Task Consume(ConsumeContext<EventChanged> context)
    {
        var m = context.Message;
        return db.MailOnceAsync(context, Name, async ct =>
        {
            var told = await db.Participants.Where(p => p.EventId == m.EventId && !p.Cancelled).ToListAsync(ct);
            foreach (var participant in told.Where(p => p.Title != m.Title || p.StartsAt != m.StartsAt || p.EndsAt != m.EndsAt))
            {
                participant.Title = m.Title;
                participant.StartsAt = m.StartsAt;
                participant.EndsAt = m.EndsAt;
                var to = await mails.PersonByEmailAsync(participant.Name, participant.Email, ct);
                await mails.AddAsync(context.MessageId!.Value, "event-changed", to, Values(participant, mails.Portal), ct, calendarFile: Calendar(participant, mails.Portal, time.GetUtcNow()));
            }
        }, logger);
    }

    public Task Consume(ConsumeContext<EventCancelled> context)
    {
        var m = context.Message;
        return db.MailOnceAsync(context, Name, async ct =>
        {
            var told = await db.Participants.Where(p => p.EventId == m.EventId && !p.Cancelled).ToListAsync(ct);
            foreach (var participant in told)
            {
                participant.Cancelled = true;
                var to = await mails.PersonByEmailAsync(participant.Name, participant.Email, ct);
                var values = Values(participant, mails.Portal);
                values["Reason"] = m.Reason;
                await mails.AddAsync(context.MessageId!.Value, "event-cancelled", to, values, ct,
                    calendarFile: Calendar(participant, mails.Portal, time.GetUtcNow(), cancelled: true));
            }
        }, logger);
    }

    // What every mail about a participant's event says (the reminder's too).
    public static Dictionary<string, string> Values(Participant p, string portal) => new()
    {
        ["Title"] = p.Title,
        ["When"] = DanishFormat.Period(p.StartsAt, p.EndsAt),
        ["Place"] = $"{p.Venue}, {p.Town}",
        ["EventUrl"] = $"{portal}/arrangementer/{p.EventId}",
        ["CancelUrl"] = portal + p.CancelLink,
    };

    private static string Calendar(Participant p, string portal, DateTimeOffset now, bool cancelled = false) => CalendarFeed.Serialize(p.Title,
        [new CalendarFeed.Entry(p.EventId, p.Title, p.StartsAt, p.EndsAt, $"{p.Venue}, {p.Town}", $"{portal}/arrangementer/{p.EventId}", cancelled)], now);
}
