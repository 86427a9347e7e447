using Frivillighed.Benchmarks;

// ./platform bench: every figure below is measured in this one run, on this machine, against real servers.
Console.WriteLine($"Frivillighed Platform benchmarks: {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
Console.WriteLine();
await GatewayBenchmark.RunAsync();
Console.WriteLine();
await OutboxBenchmark.RunAsync();
