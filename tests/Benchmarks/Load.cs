using System.Diagnostics;

namespace Frivillighed.Benchmarks;

// A closed-loop load: `concurrency` workers repeat `operation` until `duration` has passed. Only successful
// operations are timed; the others are counted as errors.
public static class Load
{
    public sealed record Result(double Throughput, double P50, double P99, int Errors, List<double> Samples, double Seconds)
    {
        public static Result Combine(Result a, Result b)
        {
            var all = a.Samples.Concat(b.Samples).Order().ToList();
            var seconds = a.Seconds + b.Seconds;
            return new(all.Count / seconds, Latencies.Percentile(all, 0.50), Latencies.Percentile(all, 0.99), a.Errors + b.Errors, all, seconds);
        }
    }

    // GETs of one address, the body read to the end; a non-2xx answer is an error.
    public static Task<Result> GetAsync(HttpClient client, string url, int concurrency, TimeSpan duration) =>
        RunAsync(concurrency, duration, async () =>
        {
            using var response = await client.GetAsync(url);
            await response.Content.LoadIntoBufferAsync();
            return response.IsSuccessStatusCode;
        });

    public static async Task<Result> RunAsync(int concurrency, TimeSpan duration, Func<Task<bool>> operation)
    {
        var samples = new List<double>[concurrency];
        var errors = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
        {
            var mine = samples[worker] = [];
            while (clock.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                if (await operation())
                {
                    mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                else
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }));
        var seconds = clock.Elapsed.TotalSeconds;
        var all = samples.SelectMany(s => s).Order().ToList();
        return new(all.Count / seconds, Latencies.Percentile(all, 0.50), Latencies.Percentile(all, 0.99), errors, all, seconds);
    }
}
