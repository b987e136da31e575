using PerfEval.Application.Abstractions;
using PerfEval.Infrastructure.Database;

namespace PerfEval.Infrastructure.Repositories;

public sealed class ScoringRepository(DbSession db) : IScoringRepository
{
    private static readonly string[] ScoreColumns = ["agency_id", "fiscal_year", "version", "profile", "profile_version", "input_hash", "result", "total", "grade", "computed_at"];
    private static readonly string[] ScoreKey = ["agency_id", "fiscal_year", "version", "profile", "profile_version"];

    private const string Columns =
        "r.agency_id AS AgencyId, r.fiscal_year AS FiscalYear, r.version AS Version, r.profile AS Profile, r.profile_version AS ProfileVersion, "
        + "r.input_hash AS InputHash, r.result AS ResultJson, r.total AS Total, r.grade AS Grade, r.computed_at AS ComputedAt";

    internal const string ListScoresSql =
        "SELECT " + Columns + " FROM score_results r JOIN agencies a ON a.id = r.agency_id "
        + "WHERE r.agency_id = @AgencyId AND r.fiscal_year = @FiscalYear AND r.version = @Version AND {scope} ORDER BY r.profile, r.profile_version";

    public async Task<int> InsertScoresIfAbsentAsync(IReadOnlyList<StoredScore> scores, CancellationToken cancellationToken)
    {
        var sql = db.Dialect.InsertIfAbsent("score_results", ScoreColumns, ScoreKey);
        var stored = 0;
        foreach (var score in scores)
        {
            stored += await db.ExecuteAsync(sql, new
            {
                score.AgencyId, score.FiscalYear, score.Version, score.Profile, score.ProfileVersion, score.InputHash,
                Result = new JsonText(score.ResultJson), score.Total, score.Grade, score.ComputedAt,
            }, cancellationToken);
        }
        return stored;
    }

    public async Task<IReadOnlyList<StoredScore>> ListScoresAsync(TenantScope scope, VersionKey key, CancellationToken cancellationToken)
    {
        var (sql, parameters) = ScopeSql.Apply(ListScoresSql, scope, key);
        return await db.QueryAsync<StoredScore>(sql, parameters, cancellationToken);
    }

    public async Task<IReadOnlyList<StoredScore>> ListTotalsAsync(TenantScope scope, IReadOnlyList<VersionKey> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0) return [];
        var (match, values) = VersionKeySql.AnyOf("r", keys);
        var (sql, parameters) = ScopeSql.Apply(
            "SELECT r.agency_id AS AgencyId, r.fiscal_year AS FiscalYear, r.version AS Version, r.profile AS Profile, r.profile_version AS ProfileVersion, "
            + "r.input_hash AS InputHash, '' AS ResultJson, r.total AS Total, r.grade AS Grade, r.computed_at AS ComputedAt "
            + "FROM score_results r JOIN agencies a ON a.id = r.agency_id WHERE " + match + " AND {scope}", scope, null);
        parameters.AddDynamicParams(values);
        return await db.QueryAsync<StoredScore>(sql, parameters, cancellationToken);
    }
}
