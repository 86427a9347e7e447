using Frivillighed.Associations.Data;
using Frivillighed.Associations.Model;
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
        builder.Services.AddOptions<ChildSafetyOptions>().BindConfiguration("Associations:ChildSafety");
        builder.Services.AddSingleton<ChildSafetyMonitor>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ChildSafetyMonitor>());
        builder.Services.AddOptions<RetentionOptions>().BindConfiguration("Associations:Retention");
        builder.Services.AddSingleton<PersonalDataRetention>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<PersonalDataRetention>());
        builder.AddPlatformMessaging<AssociationsDbContext>("associations");
    }
}
