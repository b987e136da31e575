using Dapper;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Dashboards;
using PerfEval.Infrastructure.Database;

namespace PerfEval.Infrastructure.Repositories;

/// <summary>Region totals: moved by the workers in the transaction that writes the facts, read by kept region.</summary>
public sealed class RegionTotalsRepository(DbSession db) : IRegionTotalsRepository
{
    private static readonly string[] Columns = ["region_path", "fiscal_year", "measure", "item", "amount", "changed_at"];
    private static readonly string[] Key = ["region_path", "fiscal_year", "measure", "item"];
    private static readonly string[] Added = ["amount"];

    internal const string LockSql = "UPDATE region_totals_state SET changed_at = @At WHERE id = 1";
    internal const string ReadySql = "SELECT ready FROM region_totals_state WHERE id = 1";
    internal const string SetReadySql = "UPDATE region_totals_state SET ready = 1, changed_at = @At WHERE id = 1";
    internal const string DeleteAllSql = "DELETE FROM region_totals";

    private const string PlacedFactColumns =
        "SELECT f.agency_id AS AgencyId, f.fiscal_year AS FiscalYear, f.version AS Version, f.workflow_state AS WorkflowState, "
        + "f.publication_status AS PublicationStatus, f.score AS Score, f.grade AS Grade, f.self_score AS SelfScore, f.score_difference AS ScoreDifference, "
        + "f.error_count AS ErrorCount, f.warning_count AS WarningCount, f.info_count AS InfoCount, f.findings_by_rule AS FindingsByRule, "
        + "'{}' AS Metrics, f.computed_at AS ComputedAt, a.region_path AS RegionPath FROM dashboard_facts f JOIN agencies a ON a.id = f.agency_id";

    internal const string PlacedFactsSql = PlacedFactColumns + " WHERE {years}";
    internal const string AllPlacedFactsSql = PlacedFactColumns + " ORDER BY f.agency_id, f.fiscal_year";

    // Totals carry no agency: the region key sees its own region's rows and those under it, an admin every row.
    private const string Filter = " FROM region_totals t WHERE t.region_path = @RegionPath AND (@FiscalYear IS NULL OR t.fiscal_year = @FiscalYear) AND {scope}";

    internal const string ListSql =
        "SELECT t.region_path AS RegionPath, t.fiscal_year AS FiscalYear, t.measure AS Measure, t.item AS Item, t.amount AS Amount" + Filter + " AND t.amount <> 0";

    internal const string VersionSql =
        "SELECT MAX(t.changed_at) AS DataAsOf, COALESCE(SUM(CASE WHEN t.measure = 'facts' THEN t.amount ELSE 0 END), 0) AS FactCount" + Filter;

    public Task LockAsync(DateTimeOffset at, CancellationToken cancellationToken) =>
        db.ExecuteAsync(LockSql, new { At = at }, cancellationToken);

    public async Task<IReadOnlyList<PlacedFact>> ListPlacedFactsAsync(IReadOnlyCollection<ReportYear> years, CancellationToken cancellationToken)
    {
        if (years.Count == 0) return [];
        var (match, parameters) = YearKeySql.AnyOf("f", years);
        return await QueryPlacedAsync(PlacedFactsSql.Replace(YearKeySql.Token, match, StringComparison.Ordinal), parameters, cancellationToken);
    }

    public Task<IReadOnlyList<PlacedFact>> ListAllPlacedFactsAsync(CancellationToken cancellationToken) =>
        QueryPlacedAsync(AllPlacedFactsSql, null, cancellationToken);

    public Task AddAsync(IReadOnlyList<RegionTotal> changes, DateTimeOffset at, CancellationToken cancellationToken) =>
        db.UpsertManyAsync("region_totals", Columns, Key, changes,
            t => [t.RegionPath, t.FiscalYear, t.Measure, t.Item, t.Amount, at], cancellationToken, Added);

    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken) =>
        await db.QuerySingleOrDefaultAsync<int>(ReadySql, null, cancellationToken) == 1;

    public async Task ReplaceAllAsync(IReadOnlyList<RegionTotal> totals, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await db.ExecuteAsync(DeleteAllSql, null, cancellationToken);
        await AddAsync(totals, at, cancellationToken);
        await db.ExecuteAsync(SetReadySql, new { At = at }, cancellationToken);
    }

    public async Task<IReadOnlyList<RegionTotal>> ListAsync(TenantScope scope, string regionPath, int? fiscalYear, CancellationToken cancellationToken)
    {
        var (sql, parameters) = Scoped(ListSql, scope, regionPath, fiscalYear);
        return await db.QueryAsync<RegionTotal>(sql, parameters, cancellationToken);
    }

    public async Task<FactsVersion> VersionAsync(TenantScope scope, string regionPath, int? fiscalYear, CancellationToken cancellationToken)
    {
        var (sql, parameters) = Scoped(VersionSql, scope, regionPath, fiscalYear);
        return await db.QuerySingleOrDefaultAsync<FactsVersion>(sql, parameters, cancellationToken) ?? new FactsVersion(null, 0);
    }

    private async Task<IReadOnlyList<PlacedFact>> QueryPlacedAsync(string sql, object? parameters, CancellationToken cancellationToken) =>
        await db.QueryAsync<DashboardFact, AgencyPath, PlacedFact>(sql, parameters, (fact, agency) => new PlacedFact(fact, agency.RegionPath), "RegionPath", cancellationToken);

    private static (string Sql, DynamicParameters Parameters) Scoped(string sql, TenantScope scope, string regionPath, int? fiscalYear)
    {
        var parameters = new DynamicParameters(new { RegionPath = regionPath, FiscalYear = fiscalYear });
        var predicate = scope.Role switch
        {
            CallerRole.Admin => "1 = 1",
            CallerRole.Region => "t.region_path LIKE @ScopeRegionPrefix",
            _ => "1 = 0",
        };
        if (scope.Role == CallerRole.Region) parameters.Add("ScopeRegionPrefix", scope.RegionPath + "%");
        return (sql.Replace(ScopeSql.Token, "(" + predicate + ")", StringComparison.Ordinal), parameters);
    }

    private sealed record AgencyPath(string RegionPath)
    {
        private AgencyPath() : this("") { }
    }
}
