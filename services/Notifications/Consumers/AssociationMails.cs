using Frivillighed.Contracts.Associations;
using Frivillighed.Notifications.Data;
using Frivillighed.Notifications.Mails;
using MassTransit;

namespace Frivillighed.Notifications.Consumers;

// The association's status mails go to its chair: registered, approved, rejected, suspended or withdrawn (each
// with the municipality's reason), the child-safety declaration due in 30 and in 7 days, and lapsed.
public sealed class AssociationMails(NotificationsDbContext db, MailQueue mails, ILogger<AssociationMails> logger)
    : IConsumer<AssociationRegistered>, IConsumer<AssociationApproved>, IConsumer<AssociationRejected>,
        IConsumer<AssociationStatusChanged>, IConsumer<ChildSafetyDeclarationDue>, IConsumer<ChildSafetyDeclarationLapsed>
{
    private const string Name = "association-mails";
    private static readonly RepresentativeRole[] Chair = [RepresentativeRole.Chair];

    public Task Consume(ConsumeContext<AssociationRegistered> context) =>
        SendAsync(context, context.Message.AssociationId, context.Message.Name, "association-registered", []);

    public Task Consume(ConsumeContext<AssociationApproved> context) =>
        SendAsync(context, context.Message.AssociationId, context.Message.Name, "association-approved", new() { ["Reason"] = context.Message.Reason });

    public Task Consume(ConsumeContext<AssociationRejected> context) =>
        SendAsync(context, context.Message.AssociationId, context.Message.Name, "association-rejected", new() { ["Reason"] = context.Message.Reason });

    // Approval and rejection have mails of their own (above); the other changes are told here.
    public Task Consume(ConsumeContext<AssociationStatusChanged> context)
    {
        var m = context.Message;
        if (m.Status is AssociationStatus.Approved or AssociationStatus.Rejected)
        {
            return Task.CompletedTask;
        }

        var (status, consequence) = m.Status switch
        {
            AssociationStatus.Suspended => ("godkendelsen er suspenderet",
                "Godkendelsen er suspenderet: foreningen kan ikke booke nye lokaler eller søge tilskud, før kommunen har ophævet suspensionen."),
            AssociationStatus.Withdrawn => ("godkendelsen er trukket tilbage",
                "Godkendelsen er trukket tilbage: foreningens kommende bookinger er aflyst, og den kan ikke søge tilskud."),
            _ => ("sagen er genoptaget", "Foreningens ansøgning om godkendelse behandles igen."),
        };
        return SendAsync(context, m.AssociationId, m.Name, "association-status-changed",
            new() { ["Status"] = status, ["Consequence"] = consequence, ["Reason"] = m.Reason });
    }

    public Task Consume(ConsumeContext<ChildSafetyDeclarationDue> context)
    {
        var m = context.Message;
        return SendAsync(context, m.AssociationId, m.Name, "child-safety-due", new()
        {
            ["Year"] = m.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Deadline"] = ServiceDefaults.DanishFormat.Date(m.Deadline),
            ["DaysLeft"] = m.DaysLeft.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ChildSafetyUrl"] = $"{mails.Portal}/min-forening/{m.AssociationId}/boerneattest",
        });
    }

    public Task Consume(ConsumeContext<ChildSafetyDeclarationLapsed> context)
    {
        var m = context.Message;
        return SendAsync(context, m.AssociationId, m.Name, "child-safety-lapsed", new()
        {
            ["Year"] = m.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ChildSafetyUrl"] = $"{mails.Portal}/min-forening/{m.AssociationId}/boerneattest",
        });
    }

    private Task SendAsync<T>(ConsumeContext<T> context, Guid associationId, string association, string template, Dictionary<string, string> values)
        where T : class =>
        db.MailOnceAsync(context, Name, async ct =>
        {
            foreach (var chair in await mails.RepresentativesAsync(associationId, Chair, ct))
            {
                var mail = new Dictionary<string, string>(values)
                {
                    ["Association"] = association,
                    ["AssociationUrl"] = $"{mails.Portal}/min-forening/{associationId}",
                };
                await mails.AddAsync(context.MessageId!.Value, template, chair, mail, ct, associationId: associationId);
            }
        }, logger);
}
