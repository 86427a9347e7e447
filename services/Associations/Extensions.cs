using Frivillighed.Associations.Data;
using Frivillighed.Messaging;

namespace Frivillighed.Associations;

public static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddPlatformDatabase<AssociationsDbContext>("associationsdb");
        builder.Services.AddScoped<IDemoData<AssociationsDbContext>, DemoData>();
        builder.AddPlatformMessaging<AssociationsDbContext>("associations");
    }
}
