using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Frivillighed.Chaos;

// ./platform chaos: the fault experiments, rerun on this machine. It starts the platform (the AppHost, local
// servers under a fresh folder, one process of each), puts paced writes through the gateway (two users booking,
// two registering for an event, one registering associations, whose arrival in three read models is timed), and
// during each experiment harms one process that the platform started: RabbitMQ SIGKILL, RabbitMQ frozen (SIGSTOP)
// for 60 s, PostgreSQL fast shutdown (SIGINT), and a SIGKILL of Booking, the gateway and the portal.
// It never starts anything again itself: that is the platform's job. Then it checks every answer against what
// was stored. Every figure comes from this one run.
var dataDir = Path.Combine(Path.GetTempPath(), "frivillighed-chaos-" + Guid.NewGuid().ToString("N")[..8]);
var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
[
    "--Platform:Infrastructure=local", $"--Platform:DataDir={dataDir}", "--Platform:SeedDemoData=false",
    "--environment=Development", "--Platform:GatewayPermitLimit=100000",
]);
await using var app = await builder.BuildAsync();
Console.WriteLine($"Frivillighed Platform fault experiments: {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
Console.WriteLine("Starting the platform...");
using (var startup = new CancellationTokenSource(TimeSpan.FromMinutes(10)))
{
    await app.StartAsync(startup.Token);
    await app.ResourceNotifications.WaitForResourceHealthyAsync("gateway", startup.Token);
}

var gateway = app.CreateHttpClient("gateway");
gateway.Timeout = TimeSpan.FromSeconds(60);
var platform = new Platform(app, gateway, await Platform.StaffTokenAsync(gateway));

var experiments = new (string Name, string Resource, string? Probe, Func<Platform, Task> Fault)[]
{
    ("RabbitMQ SIGKILL", "messaging-server", null, p => p.SignalTreeAsync("messaging-server", "KILL")),
    ("RabbitMQ frozen 60 s", "messaging-server", null, async p =>
    {
        await p.SignalTreeAsync("messaging-server", "STOP");
        await Task.Delay(TimeSpan.FromSeconds(60));
        await p.SignalTreeAsync("messaging-server", "CONT");
    }),
    ("PostgreSQL fast shutdown", "postgres", "/api/associations?pageSize=1", p => p.SignalAsync("postgres", "INT")),
    ("Booking SIGKILL", "booking", "/api/facilities", p => p.SignalServiceAsync("booking", "KILL")),
    ("Gateway SIGKILL", "gateway", "/health", p => p.SignalServiceAsync("gateway", "KILL")),
    ("Portal SIGKILL", "portal", "/", p => p.SignalServiceAsync("portal", "KILL")),
};

Console.WriteLine("Paced writes through the gateway: 2 users booking, 2 registering for an event, 1 registering associations (3/s each).");
var failures = 0;
foreach (var (name, resource, probe, fault) in experiments)
{
    var result = await Experiment.RunAsync(platform, name, resource, probe, fault);
    Console.WriteLine(result);
    failures += result.Failures;
}

await app.StopAsync();
try
{
    Directory.Delete(dataDir, recursive: true);
}
catch (IOException)
{
    // PostgreSQL's files belong to its user; the folder is under /tmp.
}

return failures == 0 ? 0 : 1;
