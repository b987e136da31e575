namespace PerfEval.Application.Abstractions;

/// <summary>
/// What the dashboards need of one agency and fiscal year, kept up to date by the <c>dashboard</c> derivation so that
/// a region's summary is one pass over small rows instead of a recomputation from documents and results.
/// </summary>
public sealed record DashboardFact(
    string AgencyId,
    int FiscalYear,
    int? Version,
    string? WorkflowState,
    string? PublicationStatus,
    decimal? Score,
    string? Grade,
    decimal? SelfScore,
    /// <summary>Self-score minus computed score: positive when the agency scored itself higher ("score inflation").</summary>
    decimal? ScoreDifference,
    int ErrorCount,
    int WarningCount,
    int InfoCount,
    IReadOnlyDictionary<string, int> FindingsByRule,
    IReadOnlyDictionary<string, decimal> Metrics,
    DateTimeOffset ComputedAt)
{
    private DashboardFact() : this("", 0, null, null, null, null, null, null, null, 0, 0, 0, new Dictionary<string, int>(), new Dictionary<string, decimal>(), default) { }
}
