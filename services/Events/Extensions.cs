using Frivillighed.Events.Consumers;
using Frivillighed.Events.Data;
using Frivillighed.Messaging;
using Frivillighed.ServiceDefaults;

namespace Frivillighed.Events;

public static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddPlatformAuthentication();
        builder.AddPlatformDatabase<EventsDbContext>("eventsdb");
        builder.Services.AddScoped<IDemoData<EventsDbContext>, DemoData>();
        builder.Services.AddSingleton<ParticipantDataRetention>();
        builder.Services.AddHostedService(services => services.GetRequiredService<ParticipantDataRetention>());
        builder.AddPlatformMessaging<EventsDbContext>("events", (x, queues) =>
        {
            x.AddAssociationReadModel<EventsDbContext>(queues);
            x.AddConsumer<WaitingListPromoter>().Endpoint(e => e.Name = $"{queues}-waiting-list");
            x.AddConsumer<VenueReplyConsumer>().Endpoint(e => e.Name = $"{queues}-venue-replies");
        });
    }
}
