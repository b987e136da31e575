using PerfEval.Domain.YearOverYear;

namespace PerfEval.Application.Abstractions;

/// <summary>A stored version audited again under <see cref="RulesetVersion"/>; <see cref="FindingsJson"/> is the findings array.</summary>
public sealed record StoredAudit(string AgencyId, int FiscalYear, int Version, string RulesetVersion, string FindingsJson, int ErrorCount, int WarningCount,
    int InfoCount, DateTimeOffset AuditedAt)
{
    private StoredAudit() : this("", 0, 0, "", "", 0, 0, 0, default) { }
}

/// <summary>Re-audits by ruleset, and the metrics snapshot of a version taken again (the document itself is never touched).</summary>
public interface IReportAuditRepository
{
    Task UpsertAsync(StoredAudit audit, CancellationToken cancellationToken);
    Task UpdateMetricsAsync(VersionKey key, MetricsSnapshot metrics, CancellationToken cancellationToken);
    Task<IReadOnlyList<StoredAudit>> ListAsync(TenantScope scope, VersionKey key, CancellationToken cancellationToken);
}
