using Frivillighed.Contracts.Associations;
using Frivillighed.Contracts.Grants;
using Frivillighed.Notifications.Data;
using Frivillighed.Notifications.Mails;
using Frivillighed.ServiceDefaults;
using MassTransit;

namespace Frivillighed.Notifications.Consumers;

// Grant mails go to the association's treasurer and its chair: received, awarded, rejected, paid, report due in
// 14 days, report overdue.
public sealed class GrantMails(NotificationsDbContext db, MailQueue mails, ILogger<GrantMails> logger)
    : IConsumer<ApplicationSubmitted>, IConsumer<GrantAwarded>, IConsumer<GrantRejected>, IConsumer<PayoutRegistered>, IConsumer<UseReportDueSoon>, IConsumer<UseReportOverdue>
{
    private const string Name = "grant-mails";
    private static readonly RepresentativeRole[] Money = [RepresentativeRole.Treasurer, RepresentativeRole.Chair];

    public Task Consume(ConsumeContext<ApplicationSubmitted> context)
    {
        var m = context.Message;
        return SendAsync(context, m.AssociationId, "application-received", new()
        {
            ["Title"] = m.Title, ["Amount"] = DanishFormat.Money(m.RequestedAmount),
            ["GrantsUrl"] = $"{mails.Portal}/min-forening/{m.AssociationId}/tilskud/{m.ApplicationId}/kvittering",
        });
    }

    public Task Consume(ConsumeContext<GrantAwarded> context)
    {
        var m = context.Message;
        return SendAsync(context, m.AssociationId, "grant-awarded", new()
        {
            ["Amount"] = DanishFormat.Money(m.Amount),
            ["Period"] = $"{DanishFormat.Date(m.PeriodStart)} til {DanishFormat.Date(m.PeriodEnd)}",
            ["Conditions"] = m.Conditions is { Length: > 0 } conditions ? Html.Paragraph("Betingelser: " + conditions) : "",
            ["Report"] = Html.Paragraph(m.ReportDue is { } due
                ? $"Redegørelse for brugen: senest {DanishFormat.Date(due)}. Uden redegørelse kan foreningen ikke søge igen."
                : "Tilskuddet er et af de årlige tilskud efter folkeoplysningsloven; det dokumenteres med foreningens årsregnskab."),
            ["AwardUrl"] = AwardUrl(m.AssociationId, m.AwardId),
        });
    }

    public Task Consume(ConsumeContext<GrantRejected> context)
    {
        var m = context.Message;
        return SendAsync(context, m.AssociationId, "grant-rejected", new()
        {
            ["Reason"] = m.Reason, ["GrantsUrl"] = $"{mails.Portal}/min-forening/{m.AssociationId}/tilskud",
        });
    }

    public Task Consume(ConsumeContext<PayoutRegistered> context)
    {
        var m = context.Message;
        return SendAsync(context, m.AssociationId, "payout-registered", new()
        {
            ["Amount"] = DanishFormat.Money(m.Amount), ["PaidSoFar"] = DanishFormat.Money(m.PaidSoFar), ["AwardUrl"] = AwardUrl(m.AssociationId, m.AwardId),
        });
    }

    public Task Consume(ConsumeContext<UseReportDueSoon> context)
    {
        var m = context.Message;
        return SendAsync(context, m.AssociationId, "use-report-due", new()
        {
            ["DueDate"] = DanishFormat.Date(m.DueDate), ["AwardUrl"] = AwardUrl(m.AssociationId, m.AwardId),
        });
    }

    public Task Consume(ConsumeContext<UseReportOverdue> context)
    {
        var m = context.Message;
        return SendAsync(context, m.AssociationId, "use-report-overdue", new()
        {
            ["DueDate"] = DanishFormat.Date(m.DueDate), ["AwardUrl"] = AwardUrl(m.AssociationId, m.AwardId),
        });
    }

    private string AwardUrl(Guid associationId, Guid awardId) => $"{mails.Portal}/min-forening/{associationId}/tilskud/bevilling/{awardId}";

    private Task SendAsync<T>(ConsumeContext<T> context, Guid associationId, string template, Dictionary<string, string> values) where T : class =>
        db.MailOnceAsync(context, Name, async ct =>
        {
            values["Association"] = await mails.AssociationNameAsync(associationId, ct);
            foreach (var to in await mails.RepresentativesAsync(associationId, Money, ct))
            {
                await mails.AddAsync(context.MessageId!.Value, template, to, new Dictionary<string, string>(values), ct, associationId: associationId);
            }
        }, logger);
}
