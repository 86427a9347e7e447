using System.Diagnostics.Metrics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace Frivillighed.AppHost;

// Starts a process of the platform again when it ended by itself (a crash, a kill, PostgreSQL's fast shutdown),
// with the same data folder and ports: one second after it ended, doubling while it keeps ending within a minute
// of its last restart, up to 30 s. A process stopped from the dashboard (its state passes "Stopping") stays
// stopped. Each restart is written in the process's own log, counted in the process's "Restarts" property, and
// exported as the metric frivillighed.apphost.restarts (the dashboard shows it under the resource "apphost").
public sealed class Supervisor(
    ResourceNotificationService notifications,
    ResourceCommandService commands,
    ResourceLoggerService logs,
    IHostApplicationLifetime lifetime,
    ILogger<Supervisor> logger) : BackgroundService
{
    private static readonly TimeSpan FirstDelay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestDelay = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Stable = TimeSpan.FromMinutes(1);

    public const string MeterName = "Frivillighed.AppHost";
    public const string RestartsProperty = "frivillighed.restarts";
    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Restarts = Meter.CreateCounter<long>("frivillighed.apphost.restarts",
        description: "Processes the platform started again after they ended by themselves");

    private readonly Dictionary<string, Instance> instances = [];

    public static void Add(IDistributedApplicationBuilder builder)
    {
        builder.Services.AddHostedService<Supervisor>();
        // The AppHost's own metrics go to the dashboard as the services' do (its OTLP endpoint and this run's key).
        if (builder.Configuration["ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL"] is { Length: > 0 } otlp)
        {
            var key = builder.Configuration["AppHost:OtlpApiKey"];
            builder.Services.AddOpenTelemetry()
                .ConfigureResource(r => r.AddService("apphost"))
                .WithMetrics(metrics => metrics.AddMeter(MeterName).AddOtlpExporter(o =>
                {
                    o.Endpoint = new Uri(otlp);
                    o.Protocol = OtlpExportProtocol.Grpc;
                    o.Headers = key is null ? null : $"x-otlp-api-key={key}";
                }));
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var update in notifications.WatchAsync(stoppingToken))
        {
            if (update.Resource is not (ProjectResource or ExecutableResource))
            {
                continue;
            }

            var instance = instances.TryGetValue(update.ResourceId, out var known) ? known : instances[update.ResourceId] = new Instance();
            var state = update.Snapshot.State?.Text;
            var previous = instance.State;
            instance.State = state;
            if (state == KnownResourceStates.Stopping)
            {
                instance.StoppedByPerson = true;
            }
            else if (state is null || !KnownResourceStates.TerminalStates.Contains(state))
            {
                // Starting again (after a restart, or the dashboard's start): the next end is news.
                instance.Pending = false;
                if (state == KnownResourceStates.Running)
                {
                    instance.StoppedByPerson = false;
                    instance.Recovering = false;
                }
            }
            else if (!instance.Pending && !instance.StoppedByPerson && !lifetime.ApplicationStopping.IsCancellationRequested
                && previous is not null && !KnownResourceStates.TerminalStates.Contains(previous)
                && (previous == KnownResourceStates.Running || instance.Recovering))
            {
                var now = DateTime.UtcNow;
                instance.Delay = now - instance.LastRestart < Stable && instance.Delay is { } last
                    ? TimeSpan.FromTicks(Math.Min(last.Ticks * 2, LongestDelay.Ticks))
                    : FirstDelay;
                instance.LastRestart = now;
                instance.Restarts++;
                instance.Pending = true;
                instance.Recovering = true;
                Restarts.Add(1, new KeyValuePair<string, object?>("resource", update.Resource.Name));
                await notifications.PublishUpdateAsync(update.Resource, update.ResourceId, snapshot => snapshot with
                {
                    Properties = snapshot.Properties.RemoveAll(p => p.Name == RestartsProperty)
                        .Add(new ResourcePropertySnapshot(RestartsProperty, instance.Restarts) { DisplayName = "Restarts" }),
                });
                _ = RestartAsync(update.ResourceId, instance.Restarts, instance.Delay.Value, update.Snapshot.ExitCode, stoppingToken);
            }
        }
    }

    private async Task RestartAsync(string instanceId, int restart, TimeSpan delay, int? exitCode, CancellationToken stoppingToken)
    {
        var log = logs.GetLogger(instanceId);
        log.LogWarning("The process ended by itself (exit code {ExitCode}); the platform starts it again in {Delay} s (restart {Restart}). "
            + "If it keeps ending, read the lines above: the cause is usually there.", exitCode, delay.TotalSeconds, restart);
        logger.LogWarning("{Instance} ended by itself (exit code {ExitCode}); restart {Restart} in {Delay} s.", instanceId, exitCode, restart, delay.TotalSeconds);
        try
        {
            await Task.Delay(delay, stoppingToken);
            var result = await commands.ExecuteCommandAsync(instanceId, KnownResourceCommands.StartCommand, stoppingToken);
            if (!result.Success)
            {
                logger.LogError("Restarting {Instance} failed: {Message}", instanceId, result.Message);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The platform is stopping.
        }
    }

    private sealed class Instance
    {
        public string? State { get; set; }

        // Its state passed "Stopping": a person (or a test) stopped it from the dashboard.
        public bool StoppedByPerson { get; set; }

        // A restart is scheduled and has not begun; Recovering: it has not reached Running since.
        public bool Pending { get; set; }

        public bool Recovering { get; set; }

        public DateTime LastRestart { get; set; }

        public TimeSpan? Delay { get; set; }

        public int Restarts { get; set; }
    }
}
