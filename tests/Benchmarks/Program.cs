using Frivillighed.Benchmarks;

// ./platform bench [gateway] [outbox] [booking] [portal] [season]: every figure below is measured in this one run, on this
// machine, against real servers. Without arguments, all of them.
var benchmarks = new Dictionary<string, Func<Task>>
{
    ["gateway"] = GatewayBenchmark.RunAsync,
    ["outbox"] = OutboxBenchmark.RunAsync,
    ["booking"] = BookingBenchmark.RunAsync,
    ["portal"] = PortalBenchmark.RunAsync,
    ["season"] = SeasonBenchmark.RunAsync,
};
if (args.FirstOrDefault(a => !benchmarks.ContainsKey(a)) is { } unknown)
{
    Console.Error.WriteLine($"Unknown benchmark '{unknown}'; choose from {string.Join(", ", benchmarks.Keys)}.");
    return 2;
}

Console.WriteLine($"Frivillighed Platform benchmarks: {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
foreach (var (name, run) in benchmarks.Where(b => args.Length == 0 || args.Contains(b.Key)))
{
    Console.WriteLine();
    await run();
}

return 0;
