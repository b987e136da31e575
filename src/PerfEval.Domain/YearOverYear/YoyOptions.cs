namespace PerfEval.Domain.YearOverYear;

/// <summary>When a change is worth a reviewer's look: |percent change| above the threshold (per metric, or the default).</summary>
public sealed class YoyOptions
{
    public decimal DefaultThresholdPercent { get; set; } = 20m;

    /// <summary>Per-metric thresholds by metric key (e.g. "sanGong.actual.total": 0 flags any increase of 三公).</summary>
    public Dictionary<string, decimal> ThresholdPercentByMetric { get; set; } = new(StringComparer.Ordinal);

    public decimal ThresholdFor(string metricKey) =>
        ThresholdPercentByMetric.TryGetValue(metricKey, out var threshold) ? threshold : DefaultThresholdPercent;
}
