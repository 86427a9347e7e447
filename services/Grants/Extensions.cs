using Frivillighed.Grants.Data;
using Frivillighed.Messaging;

namespace Frivillighed.Grants;

public static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddPlatformDatabase<GrantsDbContext>("grantsdb");
        builder.Services.AddScoped<IDemoData<GrantsDbContext>, DemoData>();
        builder.AddPlatformMessaging<GrantsDbContext>("grants", x => x.AddAssociationReadModel<GrantsDbContext>("grants"));
    }
}
