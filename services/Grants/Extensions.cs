using Frivillighed.AssociationReadModel;
using Frivillighed.Data;
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
        builder.Services.AddOpenApiTag("Grant pools", "Grant pools with budgets, criteria, rounds and a public ledger.");
        builder.Services.AddOpenApiTag("Grant applications", "Applications from drafts to decisions, with assessments and an audit trail.");
        builder.Services.AddOpenApiTag("Awards", "Awards, payouts, withdrawals and reports of use.");
        builder.Services.AddOpenApiTag("Statutory grants", "The yearly grants the law requires: activity grants from member counts (FOL §18), premises grants (FOL §25).");
        builder.Services.AddOpenApiTag("Known associations", "What this service has heard of each association over the bus.");
        builder.AddPlatformDatabase<GrantsDbContext>("grantsdb");
        builder.Services.AddScoped<IDemoData<GrantsDbContext>, DemoData>();
        builder.Services.AddSingleton<UseReportMonitor>();
        builder.Services.AddHostedService(services => services.GetRequiredService<UseReportMonitor>());
        builder.AddPlatformMessaging<GrantsDbContext>("grants", (x, queues) =>
        {
            x.AddAssociationReadModel<GrantsDbContext>(queues);
            x.AddConsumer<ApplicationFlagConsumer>().Endpoint(e => e.Name = $"{queues}-application-flags");
            x.AddConsumer<MemberCountConsumer>().Endpoint(e => e.Name = $"{queues}-member-counts");
        });
    }
}
