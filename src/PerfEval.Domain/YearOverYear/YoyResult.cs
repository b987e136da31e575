namespace PerfEval.Domain.YearOverYear;

public record YoyResult(int FiscalYear, int PreviousFiscalYear, bool PreviousReportStored, IReadOnlyList<YoyItem> Items);

/// <summary>
/// One metric compared with the year before. <see cref="PreviousSource"/> tells where the base came from: the stored
/// report of the previous year, a prior-year figure stated in this report, or both (then <see cref="SourcesDisagree"/>
/// says whether they differ; both values are shown).
/// </summary>
public sealed record YoyItem(
    string MetricKey,
    string Label,
    string? Unit,
    decimal? Value,
    decimal? PreviousValue,
    string? PreviousSource,
    decimal? StoredPreviousValue,
    decimal? StatedPreviousValue,
    decimal? AbsoluteChange,
    decimal? PercentChange,
    string? PercentChangeNote,
    string Direction,
    bool Flagged,
    bool SourcesDisagree);

public static class YoySources
{
    public const string StoredReport = "storedReport";
    public const string StatedInReport = "statedInReport";
    public const string Both = "both";
}
