namespace Frivillighed.AppHost;

public static class PlatformServiceExtensions
{
    // A service gets its own database (and the broker), and starts only when the servers are up.
    public static IResourceBuilder<ProjectResource> WithPlatformService(
        this IResourceBuilder<ProjectResource> service, PlatformInfrastructure infrastructure, string database, string seedDemoData) =>
        service
            .WithHttpEndpoint(name: "http")
            .WithHttpHealthCheck("/health")
            .WithDatabase(infrastructure, database)
            .WithEnvironment("Platform__SeedDemoData", seedDemoData)
            .WithAppHostEnvironment()
            .WithReference(infrastructure.Messaging)
            .WithEnvironment("MASSTRANSIT_USAGE_TELEMETRY", "false");

    // Its own database, and a start only when the servers are up.
    public static IResourceBuilder<ProjectResource> WithDatabase(
        this IResourceBuilder<ProjectResource> service, PlatformInfrastructure infrastructure, string database)
    {
        service.WithReference(infrastructure.Database(database));

        // External mode behind a pooler: the direct (session) connection string, when given, goes along.
        if (service.ApplicationBuilder.Configuration[$"ConnectionStrings:{database}-direct"] is { Length: > 0 } direct)
        {
            service.WithEnvironment($"ConnectionStrings__{database}-direct", direct);
        }

        foreach (var server in infrastructure.Servers)
        {
            service.WaitFor(server);
        }

        return service;
    }

    // Services run in the AppHost's environment: Development turns on the demo users' dev-only sign-in.
    // A telemetry export waits at most 2 s: at shutdown an unanswering collector would otherwise hold the process
    // ~15 s (three exporters' flushes), longer than a stop waits for it (measured).
    public static IResourceBuilder<ProjectResource> WithAppHostEnvironment(this IResourceBuilder<ProjectResource> service) =>
        service.WithEnvironment("DOTNET_ENVIRONMENT", service.ApplicationBuilder.Environment.EnvironmentName)
            .WithEnvironment("ASPNETCORE_ENVIRONMENT", service.ApplicationBuilder.Environment.EnvironmentName)
            .WithEnvironment("OTEL_EXPORTER_OTLP_TIMEOUT", "2000");

    // Tokens are validated against the Identity service's keys and the gateway's address as issuer.
    public static IResourceBuilder<ProjectResource> WithTokenValidation(
        this IResourceBuilder<ProjectResource> service, IResourceBuilder<ProjectResource> identity, EndpointReference issuer) =>
        service
            .WithEnvironment("Identity__Authority", identity.GetEndpoint("http"))
            .WithEnvironment("Identity__Issuer", issuer);
}
