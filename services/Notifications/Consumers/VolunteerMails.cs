using Frivillighed.Contracts.Volunteering;
using Frivillighed.Notifications.Data;
using Frivillighed.Notifications.Mails;
using Frivillighed.ServiceDefaults;
using MassTransit;

namespace Frivillighed.Notifications.Consumers;

// The volunteer's confirmation of cover under the municipality's insurance (Serviceloven §18a), and the notice
// when an agreement is ended early; both with the personal link to the cover.
public sealed class VolunteerMails(NotificationsDbContext db, MailQueue mails, ILogger<VolunteerMails> logger)
    : IConsumer<VolunteerCoverAgreed>, IConsumer<VolunteerCoverEnded>
{
    private const string Name = "volunteer-mails";

    public Task Consume(ConsumeContext<VolunteerCoverAgreed> context)
    {
        var m = context.Message;
        return db.MailOnceAsync(context, Name, async ct => await mails.AddAsync(context.MessageId!.Value, "volunteer-cover-agreed",
            await mails.PersonByEmailAsync(m.VolunteerName, m.VolunteerEmail, ct), new()
            {
                ["Task"] = m.Task, ["Place"] = m.Place, ["Period"] = $"{DanishFormat.Date(m.From)} til og med {DanishFormat.Date(m.To)}",
                ["Department"] = m.Department, ["Manager"] = m.ResponsibleManager, ["CoverUrl"] = mails.Portal + m.CoverLink,
            }, ct), logger);
    }

    public Task Consume(ConsumeContext<VolunteerCoverEnded> context)
    {
        var m = context.Message;
        return db.MailOnceAsync(context, Name, async ct => await mails.AddAsync(context.MessageId!.Value, "volunteer-cover-ended",
            await mails.PersonByEmailAsync(m.VolunteerName, m.VolunteerEmail, ct), new()
            {
                ["Task"] = m.Task, ["LastDay"] = DanishFormat.Date(m.LastDay), ["Reason"] = m.Reason, ["CoverUrl"] = mails.Portal + m.CoverLink,
            }, ct), logger);
    }
}
