using PerfEval.Application.Abstractions;
using PerfEval.Infrastructure.Database;

namespace PerfEval.Infrastructure.Repositories;

public sealed class YoyRepository(DbSession db) : IYoyRepository
{
    private static readonly string[] Columns = ["agency_id", "fiscal_year", "input_hash", "result", "computed_at"];
    private static readonly string[] Key = ["agency_id", "fiscal_year"];

    internal const string FindSql =
        "SELECT y.input_hash AS InputHash, y.result AS ResultJson FROM yoy_results y JOIN agencies a ON a.id = y.agency_id WHERE y.agency_id = @AgencyId AND y.fiscal_year = @FiscalYear AND {scope}";
    internal const string ListSql =
        "SELECT y.result FROM yoy_results y JOIN agencies a ON a.id = y.agency_id WHERE y.agency_id = @AgencyId AND y.fiscal_year >= @FromYear AND y.fiscal_year <= @ToYear AND {scope} ORDER BY y.fiscal_year";

    public Task UpsertAsync(string agencyId, int fiscalYear, string inputHash, string resultJson, DateTimeOffset at, CancellationToken cancellationToken) =>
        db.ExecuteAsync(db.Dialect.Upsert("yoy_results", Columns, Key),
            new { AgencyId = agencyId, FiscalYear = fiscalYear, InputHash = inputHash, Result = resultJson, ComputedAt = Timestamps.ToDb(at) }, cancellationToken);

    public async Task<(string InputHash, string ResultJson)?> FindAsync(TenantScope scope, string agencyId, int fiscalYear, CancellationToken cancellationToken)
    {
        var (sql, parameters) = ScopeSql.Apply(FindSql, scope, new { AgencyId = agencyId, FiscalYear = fiscalYear });
        var row = await db.QuerySingleOrDefaultAsync<Row>(sql, parameters, cancellationToken);
        return row is null ? null : (row.InputHash, row.ResultJson);
    }

    public async Task<IReadOnlyList<string>> ListAsync(TenantScope scope, string agencyId, int fromYear, int toYear, CancellationToken cancellationToken)
    {
        var (sql, parameters) = ScopeSql.Apply(ListSql, scope, new { AgencyId = agencyId, FromYear = fromYear, ToYear = toYear });
        return await db.QueryAsync<string>(sql, parameters, cancellationToken);
    }

    private sealed class Row
    {
        public string InputHash { get; init; } = "";
        public string ResultJson { get; init; } = "";
    }
}
