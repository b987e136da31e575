using PerfEval.Application.Abstractions;
using PerfEval.Infrastructure.Database;

namespace PerfEval.Infrastructure.Repositories;

/// <summary>Monitoring assessments: derived rows keyed by agency, fiscal year and period. Tenant reads join agencies (alias a) under the caller's scope.</summary>
public sealed class MonitoringAssessmentRepository(DbSession db) : IMonitoringAssessmentRepository
{
    private static readonly string[] Columns =
    [
        "agency_id", "fiscal_year", "period", "monitoring_version", "declaration_version", "report_version", "threshold_region", "execution_rate", "min_execution_rate",
        "below_threshold", "at_risk_indicators", "forecast_execution_rate", "forecast_score", "profile", "profile_version", "ruleset_version", "finding_count",
        "inputs_hash", "result", "computed_at",
    ];

    private const string AssessmentColumns =
        "s.agency_id AS AgencyId, s.fiscal_year AS FiscalYear, s.period AS Period, s.monitoring_version AS MonitoringVersion, s.declaration_version AS DeclarationVersion, "
        + "s.report_version AS ReportVersion, s.threshold_region AS ThresholdRegion, s.execution_rate AS ExecutionRate, s.min_execution_rate AS MinExecutionRate, "
        + "s.below_threshold AS BelowThreshold, s.at_risk_indicators AS AtRiskIndicators, s.forecast_execution_rate AS ForecastExecutionRate, "
        + "s.forecast_score AS ForecastScore, s.profile AS Profile, s.profile_version AS ProfileVersion, s.ruleset_version AS RulesetVersion, "
        + "s.finding_count AS FindingCount, s.inputs_hash AS InputsHash, s.result AS ResultJson, s.computed_at AS ComputedAt";

    private const string VersionColumns =
        "m.agency_id AS AgencyId, m.fiscal_year AS FiscalYear, m.period AS Period, m.version AS Version, m.document AS DocumentJson, m.document_hash AS DocumentHash, "
        + "m.execution_rate AS ExecutionRate, m.min_execution_rate AS MinExecutionRate, m.threshold_region AS ThresholdRegion, m.below_threshold AS BelowThreshold, "
        + "m.at_risk_indicators AS AtRiskIndicators, m.created_at AS CreatedAt, m.created_by AS CreatedBy";

    /// <summary>The ledger row of one agency year, only when it has monitoring reports.</summary>
    public const string AgencyYearSourceSelect =
        "SELECT DISTINCT h.agency_id AS agency_id, h.fiscal_year AS fiscal_year, 0 AS version, @Kind AS kind FROM monitoring_reports h "
        + "WHERE h.agency_id = @AgencyId AND h.fiscal_year = @FiscalYear";

    /// <summary>The ledger rows of every agency year under a region path with monitoring reports that year.</summary>
    public const string RegionYearSourceSelect =
        "SELECT DISTINCT h.agency_id AS agency_id, h.fiscal_year AS fiscal_year, 0 AS version, @Kind AS kind FROM monitoring_reports h "
        + "JOIN agencies a ON a.id = h.agency_id WHERE h.fiscal_year = @FiscalYear AND a.region_path LIKE @RegionPrefix";

    internal const string ListCurrentVersionsSql =
        "SELECT " + VersionColumns + " FROM monitoring_reports h JOIN monitoring_versions m ON m.agency_id = h.agency_id AND m.fiscal_year = h.fiscal_year "
        + "AND m.period = h.period AND m.version = h.current_version WHERE " + YearKeySql.Token + " ORDER BY m.agency_id, m.fiscal_year, m.period";

    internal const string ListStoredSql = "SELECT " + AssessmentColumns + " FROM monitoring_assessments s WHERE " + YearKeySql.Token;

    internal const string FindSql =
        "SELECT " + AssessmentColumns + " FROM monitoring_assessments s JOIN agencies a ON a.id = s.agency_id "
        + "WHERE s.agency_id = @AgencyId AND s.fiscal_year = @FiscalYear AND s.period = @Period AND {scope}";

    internal const string ListForRegionSql =
        "SELECT " + AssessmentColumns + " FROM monitoring_assessments s JOIN agencies a ON a.id = s.agency_id "
        + "WHERE s.fiscal_year = @FiscalYear AND (@Period IS NULL OR s.period = @Period) AND a.region_path LIKE @RegionPrefix AND {scope} "
        + "ORDER BY s.period, s.agency_id";

    public Task RequeueAgencyYearAsync(string kind, string agencyId, int fiscalYear, DateTimeOffset at, CancellationToken cancellationToken) =>
        db.DeferAsync(db.Dialect.RequeueDerivationsSql(AgencyYearSourceSelect),
            new { Kind = kind, AgencyId = agencyId, FiscalYear = fiscalYear, RunId = (string?)null, Now = at, DueAt = at }, cancellationToken);

    public Task RequeueRegionYearAsync(string kind, string regionPath, int fiscalYear, DateTimeOffset at, CancellationToken cancellationToken) =>
        db.DeferAsync(db.Dialect.RequeueDerivationsSql(RegionYearSourceSelect),
            new { Kind = kind, RegionPrefix = regionPath + "%", FiscalYear = fiscalYear, RunId = (string?)null, Now = at, DueAt = at }, cancellationToken);

    public async Task<IReadOnlyList<MonitoringVersionRecord>> ListCurrentVersionsAsync(IReadOnlyCollection<ReportYear> years, CancellationToken cancellationToken)
    {
        if (years.Count == 0) return [];
        var (match, parameters) = YearKeySql.AnyOf("h", years);
        return await db.QueryAsync<MonitoringVersionRecord>(ListCurrentVersionsSql.Replace(YearKeySql.Token, match, StringComparison.Ordinal), parameters, cancellationToken);
    }

    public async Task<IReadOnlyList<StoredMonitoringAssessment>> ListAsync(IReadOnlyCollection<ReportYear> years, CancellationToken cancellationToken)
    {
        if (years.Count == 0) return [];
        var (match, parameters) = YearKeySql.AnyOf("s", years);
        return await db.QueryAsync<StoredMonitoringAssessment>(ListStoredSql.Replace(YearKeySql.Token, match, StringComparison.Ordinal), parameters, cancellationToken);
    }

    public Task UpsertAsync(IReadOnlyList<StoredMonitoringAssessment> assessments, CancellationToken cancellationToken) =>
        db.UpsertManyAsync("monitoring_assessments", Columns, ["agency_id", "fiscal_year", "period"],
            assessments.DistinctBy(a => (a.AgencyId, a.FiscalYear, a.Period)).OrderBy(a => a.AgencyId, StringComparer.Ordinal).ThenBy(a => a.FiscalYear)
                .ThenBy(a => a.Period, StringComparer.Ordinal).ToList(),
            a => [a.AgencyId, a.FiscalYear, a.Period, a.MonitoringVersion, a.DeclarationVersion, a.ReportVersion, a.ThresholdRegion, a.ExecutionRate, a.MinExecutionRate,
                a.BelowThreshold, a.AtRiskIndicators, a.ForecastExecutionRate, a.ForecastScore, a.Profile, a.ProfileVersion, a.RulesetVersion, a.FindingCount,
                a.InputsHash, a.ResultJson, a.ComputedAt],
            cancellationToken);

    public async Task<StoredMonitoringAssessment?> FindAsync(TenantScope scope, string agencyId, int fiscalYear, string period, CancellationToken cancellationToken)
    {
        var (sql, parameters) = ScopeSql.Apply(FindSql, scope, new { AgencyId = agencyId, FiscalYear = fiscalYear, Period = period });
        return await db.QuerySingleOrDefaultAsync<StoredMonitoringAssessment>(sql, parameters, cancellationToken);
    }

    public async Task<IReadOnlyList<StoredMonitoringAssessment>> ListForRegionAsync(TenantScope scope, string regionPath, int fiscalYear, string? period,
        CancellationToken cancellationToken)
    {
        var (sql, parameters) = ScopeSql.Apply(ListForRegionSql, scope, new { FiscalYear = fiscalYear, Period = period, RegionPrefix = regionPath + "%" });
        return await db.QueryAsync<StoredMonitoringAssessment>(sql, parameters, cancellationToken);
    }
}
