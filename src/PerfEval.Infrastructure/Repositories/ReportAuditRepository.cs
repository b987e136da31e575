using PerfEval.Application.Abstractions;
using PerfEval.Domain.YearOverYear;
using PerfEval.Infrastructure.Database;

namespace PerfEval.Infrastructure.Repositories;

/// <summary>Re-audits are written by the workers (system) and read under the caller's scope, joined with agencies a.</summary>
public sealed class ReportAuditRepository(DbSession db) : IReportAuditRepository
{
    private static readonly string[] Columns =
        ["agency_id", "fiscal_year", "version", "ruleset_version", "findings", "error_count", "warning_count", "info_count", "audited_at"];
    private static readonly string[] Key = ["agency_id", "fiscal_year", "version", "ruleset_version"];

    internal const string UpdateMetricsSql =
        "UPDATE report_versions SET metrics = @Metrics WHERE agency_id = @AgencyId AND fiscal_year = @FiscalYear AND version = @Version";
    internal const string ListSql =
        "SELECT t.agency_id AS AgencyId, t.fiscal_year AS FiscalYear, t.version AS Version, t.ruleset_version AS RulesetVersion, t.findings AS FindingsJson, "
        + "t.error_count AS ErrorCount, t.warning_count AS WarningCount, t.info_count AS InfoCount, t.audited_at AS AuditedAt "
        + "FROM report_audits t JOIN agencies a ON a.id = t.agency_id "
        + "WHERE t.agency_id = @AgencyId AND t.fiscal_year = @FiscalYear AND t.version = @Version AND {scope} ORDER BY t.audited_at, t.ruleset_version";

    public Task UpsertAsync(StoredAudit audit, CancellationToken cancellationToken) =>
        db.ExecuteAsync(db.Dialect.Upsert("report_audits", Columns, Key), new
        {
            audit.AgencyId,
            audit.FiscalYear,
            audit.Version,
            audit.RulesetVersion,
            Findings = audit.FindingsJson,
            audit.ErrorCount,
            audit.WarningCount,
            audit.InfoCount,
            audit.AuditedAt,
        }, cancellationToken);

    public Task UpdateMetricsAsync(VersionKey key, MetricsSnapshot metrics, CancellationToken cancellationToken) =>
        db.ExecuteAsync(UpdateMetricsSql, new { key.AgencyId, key.FiscalYear, key.Version, Metrics = metrics }, cancellationToken);

    public Task<IReadOnlyList<StoredAudit>> ListAsync(TenantScope scope, VersionKey key, CancellationToken cancellationToken)
    {
        var (sql, parameters) = ScopeSql.Apply(ListSql, scope, key);
        return db.QueryAsync<StoredAudit>(sql, parameters, cancellationToken);
    }
}
