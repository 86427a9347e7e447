using Frivillighed.AssociationReadModel;
using Frivillighed.Data;
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
        builder.Services.AddOpenApiTag("Events", "Conferences, dialogue meetings, courses and fairs: the public calendar and the organisers' events.");
        builder.Services.AddOpenApiTag("Registrations", "Registration for events with seats, a waiting list and personal cancel links.");
        builder.Services.AddOpenApiTag("Known associations", "What this service has heard of each association over the bus.");
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
