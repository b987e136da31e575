using System.Text.Json;
using PerfEval.Application.Common;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Dashboards;
using PerfEval.Infrastructure.Database;

namespace PerfEval.Infrastructure.Repositories;

/// <summary>Dashboard facts: written by the workers, read by region under the caller's scope.</summary>
public sealed class DashboardRepository(DbSession db) : IDashboardRepository
{
    private static readonly string[] Columns =
        ["agency_id", "fiscal_year", "version", "workflow_state", "publication_status", "score", "grade", "self_score", "score_difference",
         "error_count", "warning_count", "info_count", "findings_by_rule", "metrics", "computed_at", "metric_set"];
    private static readonly string[] SetColumns = ["id", "metric_keys"];
    private static readonly string[] Key = ["agency_id", "fiscal_year"];

    private const string Filter =
        " FROM dashboard_facts f JOIN agencies a ON a.id = f.agency_id WHERE a.region_path LIKE @RegionPrefix"
        + " AND (@FiscalYear IS NULL OR f.fiscal_year = @FiscalYear) AND (@AgencyId IS NULL OR f.agency_id = @AgencyId) AND {scope}";

    internal const string VersionSql = "SELECT MAX(f.computed_at) AS DataAsOf, COUNT(*) AS FactCount" + Filter;
    private const string FactColumns =
        "SELECT a.name AS AgencyName, a.region_code AS RegionCode, a.sector AS Sector, f.agency_id AS AgencyId, f.fiscal_year AS FiscalYear, f.version AS Version, "
        + "f.workflow_state AS WorkflowState, f.publication_status AS PublicationStatus, f.score AS Score, f.grade AS Grade, f.self_score AS SelfScore, "
        + "f.score_difference AS ScoreDifference, f.error_count AS ErrorCount, f.warning_count AS WarningCount, f.info_count AS InfoCount, "
        + "f.findings_by_rule AS FindingsByRule, f.computed_at AS ComputedAt, ";

    internal const string ListSql = FactColumns + "f.metrics AS Metrics" + Filter + " ORDER BY f.agency_id, f.fiscal_year";

    internal const string ListWithStatusSql = FactColumns + "'{}' AS Metrics" + Filter + " AND f.publication_status = @Status ORDER BY f.agency_id, f.fiscal_year";

    /// <summary>The summary needs no metrics: the widest column is left out.</summary>
    internal const string ListWithoutMetricsSql = FactColumns + "'{}' AS Metrics" + Filter + " ORDER BY f.agency_id, f.fiscal_year";

    public async Task UpsertManyAsync(IReadOnlyList<DashboardFact> facts, CancellationToken cancellationToken)
    {
        var rows = facts.DistinctBy(f => (f.AgencyId, f.FiscalYear)).OrderBy(f => f.AgencyId, StringComparer.Ordinal).ThenBy(f => f.FiscalYear)
            .Select(f => (Fact: f, Set: MetricKeySet.Of(f.Metrics.Keys))).ToList();
        await db.InsertManyIfAbsentAsync("metric_sets", SetColumns, ["id"], rows.Select(r => r.Set).DistinctBy(s => s.Id).OrderBy(s => s.Id, StringComparer.Ordinal).ToList(),
            s => [s.Id, s.Keys], s => s.Id, cancellationToken);
        await db.UpsertManyAsync("dashboard_facts", Columns, Key, rows,
            r => [r.Fact.AgencyId, r.Fact.FiscalYear, r.Fact.Version, r.Fact.WorkflowState, r.Fact.PublicationStatus, r.Fact.Score, r.Fact.Grade, r.Fact.SelfScore,
                  r.Fact.ScoreDifference, r.Fact.ErrorCount, r.Fact.WarningCount, r.Fact.InfoCount,
                  // Serialised here: a parameter added by value is typed by its runtime type, which has no handler.
                  JsonSerializer.Serialize(r.Fact.FindingsByRule, ApiJson.Options), JsonSerializer.Serialize(r.Fact.Metrics, ApiJson.Options), r.Fact.ComputedAt,
                  r.Set.Id], cancellationToken);
    }

    public async Task DeleteManyAsync(IReadOnlyList<ReportYear> years, CancellationToken cancellationToken)
    {
        if (years.Count == 0) return;
        var (match, parameters) = YearKeySql.AnyOf("dashboard_facts", years);
        await db.ExecuteAsync("DELETE FROM dashboard_facts WHERE " + match, parameters, cancellationToken);
    }

    public async Task<FactsVersion> VersionAsync(TenantScope scope, string regionPath, int? fiscalYear, string? agencyId, CancellationToken cancellationToken)
    {
        var (sql, parameters) = ScopeSql.Apply(VersionSql, scope, FilterParameters(regionPath, fiscalYear, agencyId));
        return await db.QuerySingleOrDefaultAsync<FactsVersion>(sql, parameters, cancellationToken) ?? new FactsVersion(null, 0);
    }

    public async Task<IReadOnlyList<AgencyFact>> ListAsync(TenantScope scope, string regionPath, int? fiscalYear, string? agencyId, bool withMetrics,
        CancellationToken cancellationToken)
    {
        var (sql, parameters) = ScopeSql.Apply(withMetrics ? ListSql : ListWithoutMetricsSql, scope, FilterParameters(regionPath, fiscalYear, agencyId));
        return await db.QueryAsync<AgencyFact, DashboardFact, AgencyFact>(sql, parameters, (agency, fact) => agency with { Fact = fact }, "AgencyId", cancellationToken);
    }

    public async Task<IReadOnlyList<AgencyFact>> ListWithStatusAsync(TenantScope scope, string regionPath, int? fiscalYear, string status, CancellationToken cancellationToken)
    {
        var (sql, parameters) = ScopeSql.Apply(ListWithStatusSql, scope, FilterParameters(regionPath, fiscalYear, null));
        parameters.Add("Status", status);
        return await db.QueryAsync<AgencyFact, DashboardFact, AgencyFact>(sql, parameters, (agency, fact) => agency with { Fact = fact }, "AgencyId", cancellationToken);
    }

    /// <summary>
    /// One number of each fact (a column, or one key of the metrics) with its agency: a ranking reads this, not every
    /// metric of every fact.
    /// </summary>
    public async Task<IReadOnlyList<FactValue>> ListValuesAsync(TenantScope scope, string regionPath, int fiscalYear, FactValueSource source,
        CancellationToken cancellationToken)
    {
        var (number, text) = source switch
        {
            FactValueSource.Column { Name: FactValueSource.Score } => ("f.score", "NULL"),
            FactValueSource.Column { Name: FactValueSource.SelfScore } => ("f.self_score", "NULL"),
            FactValueSource.Metric => ("NULL", db.Dialect.JsonNumberText("f.metrics", "@Metric")),
            FactValueSource.None => ("NULL", "NULL"),
            _ => throw new ArgumentOutOfRangeException(nameof(source)),
        };
        var (sql, parameters) = ScopeSql.Apply(ValuesSql(number, text), scope, FilterParameters(regionPath, fiscalYear, null));
        if (source is FactValueSource.Metric metric) parameters.Add("Metric", metric.Key);
        return await db.QueryAsync<FactValue>(sql, parameters, cancellationToken);
    }

    /// <summary>
    /// Every metric key the region's facts of the year carry: the keys of the sets the facts name (read by id), and only
    /// when some fact names none (stored before facts named their set), the keys the database lists from those facts' JSON.
    /// </summary>
    public async Task<IReadOnlyList<string>> ListMetricKeysAsync(TenantScope scope, string regionPath, int fiscalYear, IReadOnlyCollection<string?> metricSets,
        CancellationToken cancellationToken)
    {
        var ids = metricSets.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        if (ids.Count > 0)
            keys.UnionWith((await db.QueryAsync<string>(MetricSetKeysSql.Replace("{in} @Ids", db.Dialect.InList("@Ids"), StringComparison.Ordinal), new { Ids = ids }, cancellationToken))
                .SelectMany(MetricKeySet.KeysOf));
        if (metricSets.Any(s => s is null))
        {
            var (join, key) = db.Dialect.JsonObjectKeys("f.metrics", "mk");
            var (unnamed, parameters) = ScopeSql.Apply(MetricKeysSql(join, key) + " AND f.metric_set IS NULL", scope, FilterParameters(regionPath, fiscalYear, null));
            keys.UnionWith(await db.QueryAsync<string>(unnamed, parameters, cancellationToken));
        }
        return [.. keys];
    }

    /// <summary>Key names only (no tenant data): the sets a caller's own facts name.</summary>
    internal const string MetricSetKeysSql = "SELECT s.metric_keys FROM metric_sets s WHERE s.id {in} @Ids";

    public static string ValuesSql(string number, string text) =>
        "SELECT f.agency_id AS AgencyId, a.name AS AgencyName, a.region_code AS RegionCode, a.sector AS Sector, f.computed_at AS ComputedAt, "
        + $"{number} AS Number, {text} AS NumberText, f.metric_set AS MetricSet" + Filter;

    public static string MetricKeysSql(string join, string key) =>
        $"SELECT DISTINCT {key} FROM dashboard_facts f JOIN agencies a ON a.id = f.agency_id{join} WHERE a.region_path LIKE @RegionPrefix"
        + " AND (@FiscalYear IS NULL OR f.fiscal_year = @FiscalYear) AND (@AgencyId IS NULL OR f.agency_id = @AgencyId) AND {scope}";

    private static object FilterParameters(string regionPath, int? fiscalYear, string? agencyId) =>
        new { RegionPrefix = regionPath + "%", FiscalYear = fiscalYear, AgencyId = agencyId };
}
