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
        builder.AddPlatformMessaging<EventsDbContext>("events", (x, queues) => x.AddAssociationReadModel<EventsDbContext>(queues));
    }
}
