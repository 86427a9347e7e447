using Frivillighed.Associations.Data;
using Frivillighed.Messaging;
using Frivillighed.ServiceDefaults;

namespace Frivillighed.Associations;

public static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddPlatformAuthentication();
        builder.AddPlatformDatabase<AssociationsDbContext>("associationsdb");
        builder.Services.AddScoped<IDemoData<AssociationsDbContext>, DemoData>();
        builder.AddPlatformMessaging<AssociationsDbContext>("associations");
    }
}
