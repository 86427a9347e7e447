using Frivillighed.AssociationReadModel;
using Frivillighed.Data;
using Frivillighed.Messaging;
using Frivillighed.Notifications.Consumers;
using Frivillighed.Notifications.Data;
using Frivillighed.Notifications.Mails;
using Frivillighed.ServiceDefaults;

namespace Frivillighed.Notifications;

public static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddPlatformAuthentication();
        builder.Services.AddOpenApiTag("Notifications", "The mails the platform sends: a person's choice of reminders, and the mail log for staff.");
        builder.AddPlatformDatabase<NotificationsDbContext>("notificationsdb");
        builder.Services.AddOptions<NotificationOptions>().BindConfiguration("Notifications");
        builder.Services.AddOptions<SmtpOptions>().BindConfiguration("Smtp");
        builder.Services.AddScoped<MailQueue>();
        builder.Services.AddHostedService<MailSender>();
        builder.Services.AddHostedService<EventReminders>();
        builder.Services.AddHostedService<MailLogRetention>();
        builder.AddPlatformMessaging<NotificationsDbContext>("notifications", (x, queues) =>
        {
            x.AddAssociationReadModel<NotificationsDbContext>(queues);
            x.AddConsumer<PeopleConsumer>().Endpoint(e => e.Name = $"{queues}-people");
            x.AddConsumer<AccountMails>((_, c) => c.RetryUntilRecipientsKnown()).Endpoint(e => e.Name = $"{queues}-account-mails");
            x.AddConsumer<EventMails>((_, c) => c.RetryUntilRecipientsKnown()).Endpoint(e => e.Name = $"{queues}-event-mails");
            x.AddConsumer<AssociationMails>((_, c) => c.RetryUntilRecipientsKnown()).Endpoint(e => e.Name = $"{queues}-association-mails");
            x.AddConsumer<BookingMails>((_, c) => c.RetryUntilRecipientsKnown()).Endpoint(e => e.Name = $"{queues}-booking-mails");
            x.AddConsumer<GrantMails>((_, c) => c.RetryUntilRecipientsKnown()).Endpoint(e => e.Name = $"{queues}-grant-mails");
            x.AddConsumer<VolunteerMails>().Endpoint(e => e.Name = $"{queues}-volunteer-mails");
        });
    }
}
