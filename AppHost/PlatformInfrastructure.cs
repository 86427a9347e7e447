using System.Diagnostics;

namespace Frivillighed.AppHost;

// Where PostgreSQL and RabbitMQ come from (Platform:Infrastructure):
//   containers: Aspire's container resources;
//   local:      the locally installed server binaries, run by the AppHost (data under .data/);
//   external:   connection strings to servers that already run (ConnectionStrings:<name>);
//   auto:       containers when a container runtime is healthy, else local (the default).
public sealed class PlatformInfrastructure
{
    public static readonly string[] Databases = ["associationsdb", "bookingdb", "eventsdb", "grantsdb", "identitydb", "notificationsdb", "portaldb", "gatewaydb"];

    public required Func<string, IResourceBuilder<IResourceWithConnectionString>> Database { get; init; }
    public required IResourceBuilder<IResourceWithConnectionString> Messaging { get; init; }

    // What a service must wait for before it starts.
    public required IReadOnlyList<IResourceBuilder<IResource>> Servers { get; init; }

    // Where a local run keeps its servers' data, the mail and Identity's certificates.
    public static string DataDir(IDistributedApplicationBuilder builder) =>
        Path.GetFullPath(builder.Configuration["Platform:DataDir"] ?? Path.Combine(builder.AppHostDirectory, "..", ".data"));

    public static PlatformInfrastructure Add(IDistributedApplicationBuilder builder)
    {
        var mode = builder.Configuration["Platform:Infrastructure"] ?? "auto";
        if (mode == "auto")
        {
            mode = ContainerRuntimeIsHealthy() ? "containers" : "local";
        }

        return mode switch
        {
            "containers" => AddContainers(builder),
            "local" => LocalServers.Add(builder),
            "external" => AddExternal(builder),
            _ => throw new InvalidOperationException(
                $"Platform:Infrastructure is '{mode}'; use one of auto, containers, local, external."),
        };
    }

    private static PlatformInfrastructure AddContainers(IDistributedApplicationBuilder builder)
    {
        var postgres = builder.AddPostgres("postgres").WithDataVolume();
        var databases = Databases.ToDictionary(name => name, name => postgres.AddDatabase(name));
        var rabbitmq = builder.AddRabbitMQ("messaging").WithDataVolume();
        return new PlatformInfrastructure
        {
            Database = name => databases[name],
            Messaging = rabbitmq,
            Servers = [.. databases.Values.Select(d => (IResourceBuilder<IResource>)d), rabbitmq],
        };
    }

    private static PlatformInfrastructure AddExternal(IDistributedApplicationBuilder builder)
    {
        var databases = Databases.ToDictionary(name => name, name => builder.AddConnectionString(name));
        return new PlatformInfrastructure
        {
            Database = name => databases[name],
            Messaging = builder.AddConnectionString("messaging"),
            Servers = [],
        };
    }

    private static bool ContainerRuntimeIsHealthy()
    {
        foreach (var runtime in new[] { "docker", "podman" })
        {
            try
            {
                using var process = Process.Start(new ProcessStartInfo(runtime, "info")
                {
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                });
                if (process is null)
                {
                    continue;
                }

                if (process.WaitForExit(TimeSpan.FromSeconds(10)) && process.ExitCode == 0)
                {
                    return true;
                }

                process.Kill(entireProcessTree: true);
            }
            catch (System.ComponentModel.Win32Exception)
            {
                // Not installed.
            }
        }

        return false;
    }
}
