using Dapper;
using PerfEval.Application.Abstractions;
using PerfEval.Infrastructure.Database;

namespace PerfEval.Infrastructure.Repositories;

/// <summary>Monitoring thresholds (reference data per region) and monitoring versions (tenant data, joined with agencies a under the scope).</summary>
public sealed class MonitoringRepository(DbSession db) : IMonitoringRepository
{
    private const string ThresholdColumns =
        "t.region_code AS RegionCode, t.fiscal_year AS FiscalYear, t.period AS Period, t.ends_on AS EndsOn, t.min_execution_rate AS MinExecutionRate, "
        + "t.source AS Source, t.updated_at AS UpdatedAt";
    private const string VersionColumns =
        "m.agency_id AS AgencyId, m.fiscal_year AS FiscalYear, m.period AS Period, m.version AS Version, m.document AS DocumentJson, m.document_hash AS DocumentHash, "
        + "m.execution_rate AS ExecutionRate, m.min_execution_rate AS MinExecutionRate, m.threshold_region AS ThresholdRegion, m.below_threshold AS BelowThreshold, "
        + "m.at_risk_indicators AS AtRiskIndicators, m.created_at AS CreatedAt, m.created_by AS CreatedBy";

    internal const string DeleteThresholdsSql = "DELETE FROM monitoring_thresholds WHERE region_code = @RegionCode AND fiscal_year = @FiscalYear";
    internal const string InsertThresholdSql =
        "INSERT INTO monitoring_thresholds (region_code, fiscal_year, period, ends_on, min_execution_rate, source, updated_at) "
        + "VALUES (@RegionCode, @FiscalYear, @Period, @EndsOn, @MinExecutionRate, @Source, @UpdatedAt)";
    internal const string ListThresholdsSql =
        "SELECT " + ThresholdColumns + " FROM monitoring_thresholds t WHERE t.region_code = @RegionCode AND t.fiscal_year = @FiscalYear ORDER BY t.ends_on";
    internal const string ListChainThresholdsSql =
        "SELECT " + ThresholdColumns + " FROM monitoring_thresholds t WHERE t.region_code IN (@C0, @C1, @C2, @C3, @C4) AND t.fiscal_year = @FiscalYear AND t.period = @Period";
    internal const string ListVersionsSql =
        "SELECT " + VersionColumns + " FROM monitoring_versions m JOIN agencies a ON a.id = m.agency_id "
        + "WHERE m.agency_id = @AgencyId AND m.fiscal_year = @FiscalYear AND m.period = @Period AND {scope} ORDER BY m.version";
    internal const string InsertVersionSql =
        """
        INSERT INTO monitoring_versions (agency_id, fiscal_year, period, version, document, document_hash, execution_rate, min_execution_rate, threshold_region,
            below_threshold, at_risk_indicators, created_at, created_by)
        SELECT a.id, @FiscalYear, @Period, @Version, @DocumentJson, @DocumentHash, @ExecutionRate, @MinExecutionRate, @ThresholdRegion,
            @BelowThreshold, @AtRiskIndicators, @CreatedAt, @CreatedBy FROM agencies a WHERE a.id = @AgencyId AND {scope}
        """;
    internal const string FindLatestSql =
        "SELECT " + VersionColumns + " FROM monitoring_reports h JOIN monitoring_versions m ON m.agency_id = h.agency_id AND m.fiscal_year = h.fiscal_year "
        + "AND m.period = h.period AND m.version = h.current_version JOIN agencies a ON a.id = h.agency_id "
        + "WHERE h.agency_id = @AgencyId AND h.fiscal_year = @FiscalYear AND {scope} ORDER BY h.updated_at DESC, h.period DESC";
    internal const string ListCurrentSql =
        "SELECT m.agency_id AS AgencyId, a.name AS AgencyName, a.region_code AS RegionCode, m.period AS Period, m.version AS Version, m.execution_rate AS ExecutionRate, "
        + "m.min_execution_rate AS MinExecutionRate, m.below_threshold AS BelowThreshold, m.at_risk_indicators AS AtRiskIndicators "
        + "FROM monitoring_versions m JOIN agencies a ON a.id = m.agency_id "
        + "WHERE m.fiscal_year = @FiscalYear AND (@Period IS NULL OR m.period = @Period) AND a.region_path LIKE @RegionPrefix AND {scope} "
        + "AND m.version = (SELECT MAX(x.version) FROM monitoring_versions x WHERE x.agency_id = m.agency_id AND x.fiscal_year = m.fiscal_year AND x.period = m.period) "
        + "ORDER BY m.period, m.agency_id";

    public async Task ReplaceThresholdsAsync(string regionCode, int fiscalYear, IReadOnlyList<ThresholdRecord> thresholds, CancellationToken cancellationToken)
    {
        await db.ExecuteAsync(DeleteThresholdsSql, new { RegionCode = regionCode, FiscalYear = fiscalYear }, cancellationToken);
        foreach (var threshold in thresholds) await db.ExecuteAsync(InsertThresholdSql, threshold, cancellationToken);
    }

    public Task<IReadOnlyList<ThresholdRecord>> ListThresholdsAsync(string regionCode, int fiscalYear, CancellationToken cancellationToken) =>
        db.QueryAsync<ThresholdRecord>(ListThresholdsSql, new { RegionCode = regionCode, FiscalYear = fiscalYear }, cancellationToken);

    /// <summary>The nearest <see cref="ChainLength"/> regions of the chain are asked (GB/T 2260 has three levels below the country).</summary>
    public const int ChainLength = 5;

    public async Task<IReadOnlyList<ThresholdRecord>> ListThresholdsAsync(IReadOnlyList<string> regionCodes, int fiscalYear, string period, CancellationToken cancellationToken)
    {
        if (regionCodes.Count == 0) return [];
        var parameters = new DynamicParameters(new { FiscalYear = fiscalYear, Period = period });
        for (var i = 0; i < ChainLength; i++) parameters.Add($"C{i}", i < regionCodes.Count ? regionCodes[i] : null);
        return await db.QueryAsync<ThresholdRecord>(ListChainThresholdsSql, parameters, cancellationToken);
    }

    public IReviewHeads Heads { get; } = new ReviewHeadTable(db, "monitoring_reports", periodic: true);

    public async Task<IReadOnlyList<MonitoringVersionRecord>> ListVersionsAsync(TenantScope scope, string agencyId, int fiscalYear, string period, CancellationToken cancellationToken)
    {
        var (sql, parameters) = ScopeSql.Apply(ListVersionsSql, scope, new { AgencyId = agencyId, FiscalYear = fiscalYear, Period = period });
        return await db.QueryAsync<MonitoringVersionRecord>(sql, parameters, cancellationToken);
    }

    public async Task<bool> InsertAsync(TenantScope scope, MonitoringVersionRecord version, CancellationToken cancellationToken)
    {
        var (sql, parameters) = ScopeSql.Apply(InsertVersionSql, scope, version);
        try
        {
            return await db.ExecuteAsync(sql, parameters, cancellationToken) == 1;
        }
        catch (Exception ex) when (db.Dialect.IsUniqueViolation(ex))
        {
            return false;
        }
    }

    public async Task<MonitoringVersionRecord?> FindLatestAsync(TenantScope scope, string agencyId, int fiscalYear, CancellationToken cancellationToken)
    {
        var (sql, parameters) = ScopeSql.Apply(FindLatestSql, scope, new { AgencyId = agencyId, FiscalYear = fiscalYear });
        return (await db.QueryAsync<MonitoringVersionRecord>(sql, parameters, cancellationToken)).FirstOrDefault();
    }

    public async Task<IReadOnlyList<MonitoringRow>> ListCurrentAsync(TenantScope scope, string regionPath, int fiscalYear, string? period, CancellationToken cancellationToken)
    {
        var (sql, parameters) = ScopeSql.Apply(ListCurrentSql, scope, new { FiscalYear = fiscalYear, Period = period, RegionPrefix = regionPath + "%" });
        return await db.QueryAsync<MonitoringRow>(sql, parameters, cancellationToken);
    }
}
