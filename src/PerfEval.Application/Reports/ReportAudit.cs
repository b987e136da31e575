using System.Text.Json;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Domain.Audit;
using PerfEval.Domain.Reports;

namespace PerfEval.Application.Reports;

public sealed record AuditOutcome(string RulesetVersion, string FindingsJson, FindingCounts Counts, IReadOnlyList<FindingRow> Rows);

/// <summary>Runs the domain's consistency audit and packs its findings for storage with the version.</summary>
public static class ReportAudit
{
    public static AuditOutcome Run(ReportDocument document)
    {
        var result = AuditEngine.Run(document);
        var rows = result.Findings.Select(f => new FindingRow(f.RuleId, f.Severity, JsonSerializer.Serialize(f, ApiJson.Options))).ToList();
        var counts = new FindingCounts(
            result.Findings.Count(f => f.Severity == Severities.Error),
            result.Findings.Count(f => f.Severity == Severities.Warning),
            result.Findings.Count(f => f.Severity == Severities.Info));
        return new AuditOutcome(result.RulesetVersion, JsonSerializer.Serialize(result.Findings, ApiJson.Options), counts, rows);
    }
}
