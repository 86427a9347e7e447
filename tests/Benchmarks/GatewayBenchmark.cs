using Frivillighed.TestSupport;

namespace Frivillighed.Benchmarks;

// Gateway overhead on a database-backed read: the Associations service and the gateway run as real processes
// (Release builds); the same load hits the service directly and through the gateway, alternately.
public static class GatewayBenchmark
{
    private const int Concurrency = 32;
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(10);
    private const string Path = "/api/associations?pageSize=20";

    public static async Task RunAsync()
    {
        var database = new TestDatabase();
        var gatewayDb = new TestDatabase();
        var servicePort = BenchHost.FreePort();
        var gatewayPort = BenchHost.FreePort();
        var root = BenchHost.FindRoot();
        using var service = BenchHost.Start(System.IO.Path.Combine(root, "services/Associations/bin/Release/net10.0/Associations.dll"), servicePort, new()
        {
            ["ConnectionStrings__associationsdb"] = database.ConnectionString,
            ["ConnectionStrings__messaging"] = TestServers.RabbitMq,
            ["Platform__SeedDemoData"] = "true",
        });
        using var gateway = BenchHost.Start(System.IO.Path.Combine(root, "gateway/bin/Release/net10.0/Gateway.dll"), gatewayPort, new()
        {
            ["ReverseProxy__Clusters__associations__Destinations__d1__Address"] = $"http://127.0.0.1:{servicePort}",
            // The shared rate-limit counter is part of the gateway's cost: one upsert per request.
            ["ConnectionStrings__gatewaydb"] = gatewayDb.ConnectionString,
            // This measures the proxy's overhead, not the per-IP rate limit (which would refuse most of the load).
            ["Gateway__RateLimit__PermitLimit"] = "100000000",
        });
        try
        {
            using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Concurrency * 2 });
            var direct = $"http://127.0.0.1:{servicePort}{Path}";
            var viaGateway = $"http://127.0.0.1:{gatewayPort}{Path}";
            await BenchHost.WaitUntilUpAsync(client, direct);
            await BenchHost.WaitUntilUpAsync(client, viaGateway);

            await Load.GetAsync(client, direct, Concurrency, TimeSpan.FromSeconds(3));
            await Load.GetAsync(client, viaGateway, Concurrency, TimeSpan.FromSeconds(3));
            var d1 = await Load.GetAsync(client, direct, Concurrency, Duration);
            var g1 = await Load.GetAsync(client, viaGateway, Concurrency, Duration);
            var g2 = await Load.GetAsync(client, viaGateway, Concurrency, Duration);
            var d2 = await Load.GetAsync(client, direct, Concurrency, Duration);
            var d = Load.Result.Combine(d1, d2);
            var g = Load.Result.Combine(g1, g2);

            Console.WriteLine($"Gateway vs direct: GET {Path} (database-backed), {Concurrency} concurrent clients, 2 x {Duration.TotalSeconds:0} s each, alternating");
            Console.WriteLine($"  direct : {d.Throughput,8:0} req/s  p50 {d.P50,6:0.00} ms  p99 {d.P99,6:0.00} ms  errors {d.Errors}");
            Console.WriteLine($"  gateway: {g.Throughput,8:0} req/s  p50 {g.P50,6:0.00} ms  p99 {g.P99,6:0.00} ms  errors {g.Errors}");
            Console.WriteLine($"  gateway/direct throughput ratio {g.Throughput / d.Throughput:0.00}; added latency p50 {g.P50 - d.P50:+0.00;-0.00} ms, p99 {g.P99 - d.P99:+0.00;-0.00} ms");
        }
        finally
        {
            BenchHost.Stop(gateway);
            BenchHost.Stop(service);
            await database.DisposeAsync();
            await gatewayDb.DisposeAsync();
        }
    }
}
