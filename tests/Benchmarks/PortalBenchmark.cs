using System.Net.Http.Json;
using System.Text.Json;
using Frivillighed.TestSupport;

namespace Frivillighed.Benchmarks;

// What a portal page costs next to the API call it is built on: the directory, an event page and a facility's
// week view, each rendered by the portal through the gateway (as a citizen's browser gets them), against the
// same API GET through the same gateway, in this run, at 32 clients. Associations, Events, Booking, the gateway
// and the portal run as processes (Release builds) on demo data.
public static class PortalBenchmark
{
    private const int Concurrency = 32;
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(10);

    public static async Task RunAsync()
    {
        var databases = new[] { new TestDatabase(), new TestDatabase(), new TestDatabase(), new TestDatabase(), new TestDatabase() };
        var (associationsPort, eventsPort, bookingPort, portalPort, gatewayPort) =
            (BenchHost.FreePort(), BenchHost.FreePort(), BenchHost.FreePort(), BenchHost.FreePort(), BenchHost.FreePort());
        var root = BenchHost.FindRoot();
        var gatewayUrl = $"http://127.0.0.1:{gatewayPort}";
        const string secret = "bench-frontend-secret";
        Dictionary<string, string> Service(string db, int index, string prefix) => new()
        {
            [$"ConnectionStrings__{db}"] = databases[index].ConnectionString,
            ["ConnectionStrings__messaging"] = TestServers.RabbitMq,
            ["Messaging__QueuePrefix"] = prefix,
            ["Platform__SeedDemoData"] = "true",
        };

        using var associations = BenchHost.Start(Path.Combine(root, "services/Associations/bin/Release/net10.0/Associations.dll"), associationsPort,
            Service("associationsdb", 0, "bench-portal-associations"));
        using var events = BenchHost.Start(Path.Combine(root, "services/Events/bin/Release/net10.0/Events.dll"), eventsPort, Service("eventsdb", 1, "bench-portal-events"));
        using var booking = BenchHost.Start(Path.Combine(root, "services/Booking/bin/Release/net10.0/Booking.dll"), bookingPort, Service("bookingdb", 2, "bench-portal-booking"));
        using var portal = BenchHost.Start(Path.Combine(root, "services/Portal/bin/Release/net10.0/Portal.dll"), portalPort, new()
        {
            ["ConnectionStrings__portaldb"] = databases[3].ConnectionString,
            ["Portal__Gateway"] = gatewayUrl,
            ["Portal__FrontendSecret"] = secret,
            ["Identity__Issuer"] = gatewayUrl,
        });
        using var gateway = BenchHost.Start(Path.Combine(root, "gateway/bin/Release/net10.0/Gateway.dll"), gatewayPort, new()
        {
            ["ReverseProxy__Clusters__associations__Destinations__d1__Address"] = $"http://127.0.0.1:{associationsPort}",
            ["ReverseProxy__Clusters__events__Destinations__d1__Address"] = $"http://127.0.0.1:{eventsPort}",
            ["ReverseProxy__Clusters__booking__Destinations__d1__Address"] = $"http://127.0.0.1:{bookingPort}",
            ["ReverseProxy__Clusters__portal__Destinations__d1__Address"] = $"http://127.0.0.1:{portalPort}",
            ["Gateway__FrontendSecret"] = secret,
            ["ConnectionStrings__gatewaydb"] = databases[4].ConnectionString,
            // This measures rendering, not the per-citizen rate limit (every request here comes from one address).
            ["Gateway__RateLimit__PermitLimit"] = "100000000",
        });
        try
        {
            using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Concurrency * 2 });
            await BenchHost.WaitUntilUpAsync(client, $"{gatewayUrl}/api/associations");
            await BenchHost.WaitUntilUpAsync(client, $"{gatewayUrl}/api/events");
            await BenchHost.WaitUntilUpAsync(client, $"{gatewayUrl}/api/facilities");
            await BenchHost.WaitUntilUpAsync(client, $"{gatewayUrl}/foreninger");
            var eventId = (await client.GetFromJsonAsync<JsonElement>($"{gatewayUrl}/api/events"))[0].GetProperty("id").GetGuid();
            var facilityId = (await client.GetFromJsonAsync<JsonElement>($"{gatewayUrl}/api/facilities"))[0].GetProperty("id").GetGuid();
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7)).ToString("yyyy-MM-dd");

            (string Name, string Page, string Api)[] pairs =
            [
                ("directory     ", "/foreninger", "/api/associations?page=1&pageSize=20"),
                ("event page    ", $"/arrangementer/{eventId}", $"/api/events/{eventId}"),
                ("facility week ", $"/lokaler/{facilityId}?fra={monday}", $"/api/facilities/{facilityId}/availability?date={monday}&days=7"),
            ];
            foreach (var (_, page, api) in pairs)
            {
                await Load.GetAsync(client, gatewayUrl + page, Concurrency, TimeSpan.FromSeconds(5));
                await Load.GetAsync(client, gatewayUrl + api, Concurrency, TimeSpan.FromSeconds(3));
            }

            Console.WriteLine($"Portal pages vs their API GET, both through the gateway, {Concurrency} concurrent clients, {Duration.TotalSeconds:0} s each");
            foreach (var (name, page, api) in pairs)
            {
                var apiResult = await Load.GetAsync(client, gatewayUrl + api, Concurrency, Duration);
                var pageResult = await Load.GetAsync(client, gatewayUrl + page, Concurrency, Duration);
                Console.WriteLine($"  {name} page {pageResult.Throughput,7:0} req/s p50 {pageResult.P50,6:0.0} ms p99 {pageResult.P99,6:0.0} ms | API {apiResult.Throughput,7:0} req/s p50 {apiResult.P50,6:0.0} ms p99 {apiResult.P99,6:0.0} ms | page/API {pageResult.Throughput / apiResult.Throughput:0.00}  errors {pageResult.Errors + apiResult.Errors}");
            }
        }
        finally
        {
            foreach (var process in new[] { gateway, portal, booking, events, associations })
            {
                BenchHost.Stop(process);
            }

            foreach (var database in databases)
            {
                await database.DisposeAsync();
            }
        }
    }
}
