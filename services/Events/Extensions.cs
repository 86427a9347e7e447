using Frivillighed.Events.Data;
using Frivillighed.Messaging;

namespace Frivillighed.Events;

public static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddPlatformDatabase<EventsDbContext>("eventsdb");
        builder.Services.AddScoped<IDemoData<EventsDbContext>, DemoData>();
        builder.AddPlatformMessaging<EventsDbContext>("events", x => x.AddAssociationReadModel<EventsDbContext>("events"));
    }
}
