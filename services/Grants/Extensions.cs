using Frivillighed.Grants.Consumers;
using Frivillighed.Grants.Data;
using Frivillighed.Messaging;
using Frivillighed.ServiceDefaults;

namespace Frivillighed.Grants;

public static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddPlatformAuthentication();
        builder.AddPlatformDatabase<GrantsDbContext>("grantsdb");
        builder.Services.AddScoped<IDemoData<GrantsDbContext>, DemoData>();
        builder.Services.AddSingleton<UseReportMonitor>();
        builder.Services.AddHostedService(services => services.GetRequiredService<UseReportMonitor>());
        builder.AddPlatformMessaging<GrantsDbContext>("grants", (x, queues) =>
        {
            x.AddAssociationReadModel<GrantsDbContext>(queues);
            x.AddConsumer<ApplicationFlagConsumer>().Endpoint(e => e.Name = $"{queues}-application-flags");
        });
    }
}
