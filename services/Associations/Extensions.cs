using Frivillighed.Associations.Data;
using Frivillighed.Associations.Model;
using Frivillighed.Data;
using Frivillighed.Messaging;
using Frivillighed.ServiceDefaults;

namespace Frivillighed.Associations;

public static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddPlatformAuthentication();
        builder.Services.AddOpenApiTag("Associations", "The register of associations: the public directory, registration and staff decisions under FOL §4.");
        builder.Services.AddOpenApiTag("Child-safety declarations", "The yearly child-safety certificate declaration (børneattest) that activity for children under 15 needs.");
        builder.Services.AddOpenApiTag("Member counts", "Yearly member counts per activity (under 25 / 25 and over), the basis of activity grants.");
        builder.Services.AddOpenApiTag("Representatives", "Who acts for an association: chair, treasurer, booking contact.");
        builder.Services.AddOpenApiTag("Volunteer opportunities", "Volunteer work offered by associations, searchable by everyone.");
        builder.Services.AddOpenApiTag("Documents", "The documents an association hands in: statutes, board list, accounts, minutes (PDF, at most 10 MB).");
        builder.Services.AddOpenApiTag("Volunteer insurance", "The municipality's register of volunteer efforts agreed in advance (Serviceloven §18a), and who was covered when.");
        builder.AddPlatformDatabase<AssociationsDbContext>("associationsdb");
        builder.Services.AddScoped<IDemoData<AssociationsDbContext>, DemoData>();
        builder.Services.AddOptions<ChildSafetyOptions>().BindConfiguration("Associations:ChildSafety");
        builder.Services.AddSingleton<ChildSafetyMonitor>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ChildSafetyMonitor>());
        builder.Services.AddOptions<RetentionOptions>().BindConfiguration("Associations:Retention");
        builder.Services.AddSingleton<PersonalDataRetention>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<PersonalDataRetention>());
        builder.Services.AddOptions<VolunteerInsuranceOptions>().BindConfiguration("Associations:VolunteerInsurance");
        builder.Services.AddSingleton<VolunteerInsuranceRetention>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<VolunteerInsuranceRetention>());
        builder.AddPlatformMessaging<AssociationsDbContext>("associations");
    }
}
