using PerfEval.Domain.YearOverYear;

namespace PerfEval.Application.Abstractions;

/// <summary>Re-audits by ruleset, and the metrics snapshot of a version taken again (the document itself is never touched).</summary>
public interface IReportAuditRepository
{
    Task UpsertAsync(StoredAudit audit, CancellationToken cancellationToken);
    Task UpdateMetricsAsync(VersionKey key, MetricsSnapshot metrics, CancellationToken cancellationToken);
    Task<IReadOnlyList<StoredAudit>> ListAsync(TenantScope scope, VersionKey key, CancellationToken cancellationToken);
}
