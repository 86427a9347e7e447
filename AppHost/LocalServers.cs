using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace Frivillighed.AppHost;

// PostgreSQL and RabbitMQ from the machine's own packages, run by the AppHost as executable resources:
// data under Platform:DataDir (default .data/ of the checkout), free ports, PostgreSQL as user postgres when root.
public static class LocalServers
{
    public static PlatformInfrastructure Add(IDistributedApplicationBuilder builder)
    {
        var dataDir = PlatformInfrastructure.DataDir(builder);
        Directory.CreateDirectory(dataDir);

        var postgres = AddPostgres(builder, Path.Combine(dataDir, "postgres"), FreePort());
        var rabbitmq = AddRabbitMq(builder, Path.Combine(dataDir, "rabbitmq"), FreePort(), FreePort());
        var postgresEndpoint = postgres.GetEndpoint("tcp");
        var rabbitEndpoint = rabbitmq.GetEndpoint("amqp");

        var databases = PlatformInfrastructure.Databases.ToDictionary(name => name, name =>
            (IResourceBuilder<IResourceWithConnectionString>)builder.AddConnectionString(name, ReferenceExpression.Create(
                $"Host=127.0.0.1;Port={postgresEndpoint.Property(EndpointProperty.Port)};Username=postgres;Database={name}")));
        var messaging = builder.AddConnectionString("messaging", ReferenceExpression.Create(
            $"amqp://guest:guest@127.0.0.1:{rabbitEndpoint.Property(EndpointProperty.Port)}/"));

        return new PlatformInfrastructure
        {
            Database = name => databases[name],
            Messaging = messaging,
            Servers = [postgres, rabbitmq],
        };
    }

    private static IResourceBuilder<ExecutableResource> AddPostgres(IDistributedApplicationBuilder builder, string dataDir, int port)
    {
        var binDir = FindPostgresBinDir(builder.Configuration["Platform:PostgresBinDir"]);
        InitDb(binDir, dataDir);

        string[] serverArgs = [Path.Combine(binDir, "postgres"), "-D", dataDir, "-p", port.ToString(), "-k", dataDir,
            "-c", "listen_addresses=127.0.0.1", "-c", "max_connections=300"];
        var (command, args) = AsPostgresUser(serverArgs);

        var healthCheck = "postgres-ready";
        builder.Services.AddHealthChecks().AddCheck(healthCheck, new PostgresReadyCheck(port));
        return builder.AddExecutable("postgres", command, dataDir, args)
            .WithEndpoint(name: "tcp", port: port, targetPort: port, scheme: "tcp", isProxied: false)
            .WithHealthCheck(healthCheck);
    }

    private static IResourceBuilder<ExecutableResource> AddRabbitMq(IDistributedApplicationBuilder builder, string dataDir, int port, int distPort)
    {
        var server = builder.Configuration["Platform:RabbitMqServer"] ?? "/usr/lib/rabbitmq/bin/rabbitmq-server";
        if (!File.Exists(server))
        {
            throw new InvalidOperationException(
                $"RabbitMQ server not found at {server}. Install it: sudo apt-get install -y rabbitmq-server (or run ./platform, which does).");
        }

        var home = Path.Combine(dataDir, "home");
        Directory.CreateDirectory(home);
        var pluginsFile = Path.Combine(dataDir, "enabled_plugins");
        if (!File.Exists(pluginsFile))
        {
            File.WriteAllText(pluginsFile, "[].\n");
        }

        // One node name per data folder, so two checkouts on one machine never share a node.
        var node = "frivillighed-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(dataDir)))[..8] + "@localhost";

        var healthCheck = "rabbitmq-ready";
        builder.Services.AddHealthChecks().AddCheck(healthCheck, new AmqpReadyCheck(port));
        return builder.AddExecutable("messaging-server", server, dataDir)
            .WithEnvironment("HOME", home)
            .WithEnvironment("RABBITMQ_NODENAME", node)
            .WithEnvironment("RABBITMQ_NODE_IP_ADDRESS", "127.0.0.1")
            .WithEnvironment("RABBITMQ_NODE_PORT", port.ToString())
            .WithEnvironment("RABBITMQ_DIST_PORT", distPort.ToString())
            .WithEnvironment("RABBITMQ_MNESIA_BASE", Path.Combine(dataDir, "mnesia"))
            .WithEnvironment("RABBITMQ_LOG_BASE", Path.Combine(dataDir, "log"))
            .WithEnvironment("RABBITMQ_LOGS", "-")
            .WithEnvironment("RABBITMQ_ENABLED_PLUGINS_FILE", pluginsFile)
            .WithEndpoint(name: "amqp", port: port, targetPort: port, scheme: "tcp", isProxied: false)
            .WithHealthCheck(healthCheck);
    }

    private static string FindPostgresBinDir(string? configured)
    {
        var candidates = configured is not null
            ? [configured]
            : Directory.Exists("/usr/lib/postgresql")
                ? Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
                    .Select(d => Path.Combine(d, "bin")).ToArray()
                : [];
        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "postgres")) && File.Exists(Path.Combine(d, "initdb")))
            ?? throw new InvalidOperationException(
                "PostgreSQL server binaries not found. Install them: sudo apt-get install -y postgresql (or run ./platform, which does), "
                + "or set Platform:PostgresBinDir.");
    }

    private static void InitDb(string binDir, string dataDir)
    {
        if (File.Exists(Path.Combine(dataDir, "PG_VERSION")))
        {
            return;
        }

        Directory.CreateDirectory(dataDir);
        if (Environment.IsPrivilegedProcess)
        {
            Run("chown", ["-R", "postgres:postgres", dataDir]);
        }

        // trust on 127.0.0.1 only: a developer's local server, never reachable from outside the machine.
        var (command, args) = AsPostgresUser([Path.Combine(binDir, "initdb"), "-D", dataDir, "-U", "postgres",
            "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
        Run(command, args);
    }

    // PostgreSQL refuses to run as root; setpriv keeps signals working so the AppHost can stop it.
    private static (string Command, string[] Args) AsPostgresUser(string[] commandLine) =>
        Environment.IsPrivilegedProcess
            ? ("setpriv", ["--reuid=postgres", "--regid=postgres", "--init-groups", "--", .. commandLine])
            : (commandLine[0], commandLine[1..]);

    private static void Run(string command, string[] args)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {command}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{command} {string.Join(' ', args)} failed ({process.ExitCode}): {error}{output.Result}");
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
