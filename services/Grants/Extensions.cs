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
        builder.AddPlatformMessaging<GrantsDbContext>("grants", (x, queues) => x.AddAssociationReadModel<GrantsDbContext>(queues));
    }
}
