using PerfEval.Application.Abstractions;
using PerfEval.Infrastructure.Database;

namespace PerfEval.Infrastructure.Repositories;

public sealed class YoyRepository(DbSession db) : IYoyRepository
{
    private static readonly string[] Columns = ["agency_id", "fiscal_year", "input_hash", "result", "computed_at"];
    private static readonly string[] Key = ["agency_id", "fiscal_year"];

    private const string SelectColumns =
        "SELECT y.agency_id AS AgencyId, y.fiscal_year AS FiscalYear, y.input_hash AS InputHash, y.result AS ResultJson, y.computed_at AS ComputedAt ";

    internal const string FindSql =
        SelectColumns + "FROM yoy_results y JOIN agencies a ON a.id = y.agency_id WHERE y.agency_id = @AgencyId AND y.fiscal_year = @FiscalYear AND {scope}";
    internal const string ListSql =
        SelectColumns + "FROM yoy_results y JOIN agencies a ON a.id = y.agency_id WHERE y.agency_id = @AgencyId AND y.fiscal_year >= @FromYear AND y.fiscal_year <= @ToYear AND {scope} ORDER BY y.fiscal_year";

    internal const string FindManySql = SelectColumns + "FROM yoy_results y JOIN agencies a ON a.id = y.agency_id WHERE " + YearKeySql.Token + " AND {scope}";

    public Task UpsertManyAsync(IReadOnlyList<StoredYoy> comparisons, CancellationToken cancellationToken) =>
        db.UpsertManyAsync("yoy_results", Columns, Key,
            comparisons.DistinctBy(c => (c.AgencyId, c.FiscalYear)).OrderBy(c => c.AgencyId, StringComparer.Ordinal).ThenBy(c => c.FiscalYear).ToList(),
            c => [c.AgencyId, c.FiscalYear, c.InputHash, new JsonText(c.ResultJson), c.ComputedAt], cancellationToken);

    public async Task<IReadOnlyList<StoredYoy>> FindManyAsync(TenantScope scope, IReadOnlyCollection<ReportYear> years, CancellationToken cancellationToken)
    {
        if (years.Count == 0) return [];
        var (sql, parameters) = YearKeySql.Apply(FindManySql, "y", years, scope);
        return await db.QueryAsync<StoredYoy>(sql, parameters, cancellationToken);
    }

    public Task UpsertAsync(StoredYoy yoy, CancellationToken cancellationToken) =>
        db.ExecuteAsync(db.Dialect.Upsert("yoy_results", Columns, Key),
            new { yoy.AgencyId, yoy.FiscalYear, yoy.InputHash, Result = new JsonText(yoy.ResultJson), yoy.ComputedAt }, cancellationToken);

    public async Task<StoredYoy?> FindAsync(TenantScope scope, string agencyId, int fiscalYear, CancellationToken cancellationToken)
    {
        var (sql, parameters) = ScopeSql.Apply(FindSql, scope, new { AgencyId = agencyId, FiscalYear = fiscalYear });
        return await db.QuerySingleOrDefaultAsync<StoredYoy>(sql, parameters, cancellationToken);
    }

    public async Task<IReadOnlyList<StoredYoy>> ListAsync(TenantScope scope, string agencyId, int fromYear, int toYear, CancellationToken cancellationToken)
    {
        var (sql, parameters) = ScopeSql.Apply(ListSql, scope, new { AgencyId = agencyId, FromYear = fromYear, ToYear = toYear });
        return await db.QueryAsync<StoredYoy>(sql, parameters, cancellationToken);
    }
}
