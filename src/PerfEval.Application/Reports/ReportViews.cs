using System.Text.Json;
using PerfEval.Application.Abstractions;
using PerfEval.Domain.Audit;

namespace PerfEval.Application.Reports;

/// <summary>What a PUT returns: the version it created and the consistency findings of that version.</summary>
public sealed record ReportSaved(
    string AgencyId,
    int FiscalYear,
    int Version,
    string Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string RulesetVersion,
    FindingCounts FindingCounts,
    IReadOnlyList<Finding> Findings);

/// <summary>A report version with its document exactly as it was received.</summary>
public sealed record ReportView(
    string AgencyId,
    int FiscalYear,
    int Version,
    string Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    FindingCounts FindingCounts,
    ScoringStatus Scoring,
    JsonElement Document);

/// <summary>Where background scoring of a version stands: pending, scored, or failed with its reason.</summary>
public sealed record ScoringStatus(string State, string? Reason);

public sealed record ReportVersionSummary(int Version, string Status, DateTimeOffset CreatedAt, string? CreatedBy, DateTimeOffset? SubmittedAt, string DocumentHash);

public sealed record ReportSummary(string AgencyId, int FiscalYear, int Version, string Status, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, FindingCounts FindingCounts)
{
    public static ReportSummary From(ReportHead head) =>
        new(head.AgencyId, head.FiscalYear, head.Version, head.Status, head.CreatedAt, head.UpdatedAt, head.Counts);
}
