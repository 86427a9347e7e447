namespace Frivillighed.Benchmarks;

public static class Latencies
{
    public static double Percentile(IReadOnlyList<double> sortedMilliseconds, double p) =>
        sortedMilliseconds.Count == 0 ? double.NaN : sortedMilliseconds[(int)Math.Min(sortedMilliseconds.Count - 1, Math.Ceiling(p * sortedMilliseconds.Count) - 1)];
}
