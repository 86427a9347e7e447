namespace Frivillighed.AppHost;

public static class PlatformServiceExtensions
{
    // A service gets its own database and the broker, and starts only when both are up.
    public static IResourceBuilder<ProjectResource> WithPlatformService(
        this IResourceBuilder<ProjectResource> service, PlatformInfrastructure infrastructure, string database, string seedDemoData)
    {
        service
            .WithHttpEndpoint(name: "http")
            .WithHttpHealthCheck("/health")
            .WithReference(infrastructure.Database(database))
            .WithReference(infrastructure.Messaging)
            .WithEnvironment("Platform__SeedDemoData", seedDemoData)
            .WithEnvironment("MASSTRANSIT_USAGE_TELEMETRY", "false");
        foreach (var server in infrastructure.Servers)
        {
            service.WaitFor(server);
        }

        return service;
    }
}
