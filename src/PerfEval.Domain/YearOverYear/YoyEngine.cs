using PerfEval.Domain.Reports;
using PerfEval.Domain.Scoring;

namespace PerfEval.Domain.YearOverYear;

/// <summary>
/// Compares a report with the previous year's: stored report figures and prior-year figures stated inside the report.
/// Percent change = (value − previous) / |previous| × 100, 2 decimals half up; undefined (null, with a note) when the
/// base is 0 (部门决算 三公 reporting rules: reports write "无变化"/"0%" there; a ratio does not exist).
/// </summary>
public static class YoyEngine
{
    private const decimal SameTolerance = 0.005m;

    public static YoyResult Compare(ReportDocument current, ReportDocument? previous, YoyOptions options,
        IReadOnlyDictionary<string, decimal?>? currentScores = null, IReadOnlyDictionary<string, decimal?>? previousScores = null) =>
        Compare(MetricsSnapshot.Of(current), previous is null ? null : MetricsSnapshot.Of(previous), options, currentScores, previousScores);

    public static YoyResult Compare(MetricsSnapshot current, MetricsSnapshot? previous, YoyOptions options,
        IReadOnlyDictionary<string, decimal?>? currentScores = null, IReadOnlyDictionary<string, decimal?>? previousScores = null)
    {
        var now = current.Current.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        var stored = previous is null ? new Dictionary<string, MetricValue>() : previous.Current.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        var stated = current.StatedPriorYear;
        foreach (var (profile, score) in currentScores ?? new Dictionary<string, decimal?>())
            if (score is { } s) now["score." + profile] = new MetricValue("score." + profile, $"得分 ({profile})", "分", s);
        foreach (var (profile, score) in previousScores ?? new Dictionary<string, decimal?>())
            if (score is { } s) stored["score." + profile] = new MetricValue("score." + profile, $"得分 ({profile})", "分", s);

        var items = new List<YoyItem>();
        foreach (var metric in now.Values.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            var storedValue = stored.TryGetValue(metric.Key, out var s) ? s.Value : (decimal?)null;
            var statedValue = stated.TryGetValue(metric.Key, out var st) ? st.Value : (decimal?)null;
            items.Add(Item(metric, storedValue, statedValue, options.ThresholdFor(metric.Key)));
        }
        return new YoyResult(current.FiscalYear, current.FiscalYear - 1, previous is not null, items);
    }

    public static YoyItem Item(MetricValue metric, decimal? storedPrevious, decimal? statedPrevious, decimal thresholdPercent)
    {
        var previous = storedPrevious ?? statedPrevious;
        var source = (storedPrevious, statedPrevious) switch
        {
            (not null, not null) => YoySources.Both,
            (not null, null) => YoySources.StoredReport,
            (null, not null) => YoySources.StatedInReport,
            _ => null,
        };
        var disagree = storedPrevious is { } a && statedPrevious is { } b && Math.Abs(a - b) > SameTolerance;
        if (previous is not { } baseValue)
            return new YoyItem(metric.Key, metric.Label, metric.Unit, metric.Value, null, null, null, null, null, null, "no previous-year value", "unknown", false, false);

        var change = Rounding.Round2(metric.Value - baseValue);
        decimal? percent = null;
        string? note = null;
        if (baseValue == 0) note = "base is 0: percentage change undefined";
        else percent = Rounding.Round2((metric.Value - baseValue) / Math.Abs(baseValue) * 100m);
        var direction = Math.Abs(metric.Value - baseValue) <= SameTolerance ? "unchanged" : metric.Value > baseValue ? "increase" : "decrease";
        var flagged = disagree || (percent is { } p ? Math.Abs(p) > thresholdPercent : baseValue == 0 && direction != "unchanged");
        if (disagree) note = (note is null ? "" : note + "; ") + "the stored previous report and this report's own prior-year figure differ";
        return new YoyItem(metric.Key, metric.Label, metric.Unit, metric.Value, baseValue, source, storedPrevious, statedPrevious, change, percent, note, direction, flagged, disagree);
    }
}
