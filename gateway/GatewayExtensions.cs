namespace Frivillighed.Gateway;

public static class GatewayExtensions
{
    // The services behind the gateway, by their Aspire resource names (http://<name> via service discovery).
    public static readonly string[] Services = ["associations", "booking", "events", "grants"];

    public static void AddGatewayServices(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = builder.Configuration.GetValue("Gateway:MaxRequestBodyBytes", 1_048_576L);
            kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(15);
        });

        builder.Services.AddReverseProxy()
            .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"))
            .AddServiceDiscoveryDestinationResolver();

        var health = builder.Services.AddHealthChecks();
        foreach (var service in Services)
        {
            health.Add(new Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckRegistration(
                service, sp => new ServiceHealthCheck(sp.GetRequiredService<IHttpClientFactory>(), service), null, ["services"]));
        }
    }
}
