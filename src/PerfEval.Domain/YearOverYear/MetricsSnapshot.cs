using PerfEval.Domain.Reports;

namespace PerfEval.Domain.YearOverYear;

/// <summary>
/// The figures of one report version that year-over-year comparisons need, taken once when the version is saved, so
/// that comparing years never has to parse stored documents again.
/// </summary>
public sealed record MetricsSnapshot(
    int FiscalYear,
    IReadOnlyDictionary<string, MetricValue> Current,
    IReadOnlyDictionary<string, MetricValue> StatedPriorYear)
{
    public static MetricsSnapshot Of(ReportDocument document) =>
        new(document.FiscalYear, ReportMetrics.Current(document), ReportMetrics.StatedPriorYear(document));
}
