using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Frivillighed.AppHost;

// Where the Notifications service sends its mail. By default smtp4dev (the repo's .NET tool, `dotnet tool
// restore`), run by the AppHost: SMTP on a free port, every mail readable in its web inbox (linked from the
// dashboard as "mail"), kept under the data folder. With Platform:Smtp:Host set, that relay instead (production:
// host, port, TLS mode and credentials in Smtp__*, from secrets).
public static class MailServer
{
    public static IResourceBuilder<ProjectResource> WithMail(this IResourceBuilder<ProjectResource> notifications, IDistributedApplicationBuilder builder)
    {
        if (builder.Configuration.GetSection("Platform:Smtp") is { } relay && relay["Host"] is not null)
        {
            foreach (var setting in relay.GetChildren())
            {
                notifications.WithEnvironment($"Smtp__{setting.Key}", setting.Value);
            }

            return notifications;
        }

        var dataDir = Path.Combine(PlatformInfrastructure.DataDir(builder), "smtp4dev");
        Directory.CreateDirectory(dataDir);
        int smtp = LocalServers.FreePort(), web = LocalServers.FreePort(), imap = LocalServers.FreePort(), pop3 = LocalServers.FreePort();

        var healthCheck = "mail-ready";
        builder.Services.AddHealthChecks().AddCheck(healthCheck, new SmtpReadyCheck(smtp));
        var mail = builder.AddExecutable("mail", "dotnet", Path.GetFullPath(Path.Combine(builder.AppHostDirectory, "..")),
                "tool", "run", "smtp4dev", "--",
                $"--urls=http://127.0.0.1:{web}", $"--smtpport={smtp}", $"--imapport={imap}", $"--pop3port={pop3}",
                "--hostname=localhost", "--bindaddress=127.0.0.1", "--nousersettings", "--messagestokeep=5000",
                $"--baseappdatapath={dataDir}", $"--db={Path.Combine(dataDir, "mail.db")}")
            .WithHttpEndpoint(port: web, targetPort: web, name: "http", isProxied: false)
            .WithEndpoint(name: "smtp", port: smtp, targetPort: smtp, scheme: "tcp", isProxied: false)
            .WithHealthCheck(healthCheck);
        return notifications
            .WithEnvironment("Smtp__Host", "127.0.0.1")
            .WithEnvironment("Smtp__Port", smtp.ToString())
            .WithEnvironment("Smtp__Security", "None")
            .WaitFor(mail);
    }
}

// Healthy once the SMTP server greets with 220.
public sealed class SmtpReadyCheck(int port) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", port, timeout.Token);
            var greeting = new byte[3];
            var read = await client.GetStream().ReadAsync(greeting, timeout.Token);
            return read == 3 && greeting.AsSpan().SequenceEqual("220"u8)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy($"The SMTP server on port {port} did not greet.");
        }
        catch (Exception e) when (e is SocketException or IOException or OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"The SMTP server on port {port} does not answer yet.", e);
        }
    }
}
