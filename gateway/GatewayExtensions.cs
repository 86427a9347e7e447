using Frivillighed.ServiceDefaults;

namespace Frivillighed.Gateway;

public static class GatewayExtensions
{
    // The services behind the gateway, by their Aspire resource names (http://<name> via service discovery).
    public static readonly string[] Services = ["associations", "booking", "events", "grants", "identity", "notifications"];

    // The portal (every other path) is behind the gateway too, without an API document.
    public static readonly string[] AllServices = [.. Services, "portal"];

    public static void AddGatewayServices(this WebApplicationBuilder builder)
    {
        builder.AddPlatformAuthentication();
        builder.AddGatewayRateLimiting();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = builder.Configuration.GetValue("Gateway:MaxRequestBodyBytes", 1_048_576L);
            kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(15);
        });

        builder.Services.AddReverseProxy()
            .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"))
            .AddServiceDiscoveryDestinationResolver();

        var health = builder.Services.AddHealthChecks();
        foreach (var service in AllServices)
        {
            health.Add(new Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckRegistration(
                service, sp => new ServiceHealthCheck(sp.GetRequiredService<IHttpClientFactory>(), service), null, ["status"]));
        }
    }
}
