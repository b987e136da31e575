using PerfEval.Application.Abstractions;
using PerfEval.Infrastructure.Database;

namespace PerfEval.Infrastructure.Repositories;

/// <summary>Rescore runs are platform-level operations (admin only), so their table carries no tenant scope.</summary>
public sealed class RescoreRepository(DbSession db) : IRescoreRepository
{
    internal const string InsertSql =
        "INSERT INTO rescore_runs (id, region_code, fiscal_year, profile, versions, requested_at) VALUES (@Id, @RegionCode, @FiscalYear, @Profile, @Versions, @RequestedAt)";
    internal const string FindSql =
        "SELECT id AS Id, region_code AS RegionCode, fiscal_year AS FiscalYear, profile AS Profile, versions AS Versions, requested_at AS RequestedAt FROM rescore_runs WHERE id = @Id";

    public Task CreateAsync(RescoreRun run, CancellationToken cancellationToken) => db.ExecuteAsync(InsertSql, run, cancellationToken);

    public Task<RescoreRun?> FindAsync(string id, CancellationToken cancellationToken) =>
        db.QuerySingleOrDefaultAsync<RescoreRun>(FindSql, new { Id = id }, cancellationToken);
}
