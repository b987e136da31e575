using PerfEval.Domain.YearOverYear;

namespace PerfEval.Application.Abstractions;

/// <summary>A stored version audited again under <see cref="RulesetVersion"/>; <see cref="FindingsJson"/> is the findings array.</summary>
public sealed record StoredAudit(string AgencyId, int FiscalYear, int Version, string RulesetVersion, string FindingsJson, int ErrorCount, int WarningCount,
    int InfoCount, DateTimeOffset AuditedAt)
{
    private StoredAudit() : this("", 0, 0, "", "", 0, 0, 0, default) { }
}
