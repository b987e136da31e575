using PerfEval.Domain.Audit;
using PerfEval.Domain.YearOverYear;

namespace PerfEval.Application.Abstractions;

/// <summary>A version to store: the document as received, its findings (stored once, as rows) and its metrics snapshot.</summary>
public sealed record NewReportVersion(
    VersionKey Key,
    string DocumentJson,
    string DocumentHash,
    DateTimeOffset CreatedAt,
    string? CreatedBy,
    string RulesetVersion,
    IReadOnlyList<Finding> Findings,
    MetricsSnapshot Metrics)
{
    public FindingCounts Counts => new(
        Findings.Count(f => f.Severity == Severities.Error),
        Findings.Count(f => f.Severity == Severities.Warning),
        Findings.Count(f => f.Severity != Severities.Error && f.Severity != Severities.Warning));
}
