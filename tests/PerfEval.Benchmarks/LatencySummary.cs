using System.Diagnostics;

namespace PerfEval.Benchmarks;

/// <summary>Percentiles in milliseconds, nearest-rank over every measured request (no sampling, no histogram).</summary>
public sealed record LatencySummary(double P50Ms, double P95Ms, double P99Ms, double MaxMs, double MeanMs)
{
    public static readonly LatencySummary Empty = new(0, 0, 0, 0, 0);

    public static LatencySummary FromTicks(long[] ticks)
    {
        if (ticks.Length == 0) return Empty;
        Array.Sort(ticks);
        return new LatencySummary(Percentile(ticks, 50), Percentile(ticks, 95), Percentile(ticks, 99), Ms(ticks[^1]), Ms((long)ticks.Average()));
    }

    private static double Percentile(long[] sorted, double percent)
    {
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
        return Ms(sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)]);
    }

    private static double Ms(long ticks) => Math.Round(ticks * 1000.0 / Stopwatch.Frequency, 2);
}
