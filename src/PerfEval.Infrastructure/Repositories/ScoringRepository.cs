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

    internal const string ListScoresOfVersionsSql =
        "SELECT " + Columns + " FROM score_results r JOIN agencies a ON a.id = r.agency_id WHERE " + VersionKeySql.Token + " AND {scope}";

    /// <summary>Stores the scores whose key is new, in as few statements as the dialect allows; returns exactly those it stored.</summary>
    public async Task<IReadOnlyList<StoredScore>> InsertScoresIfAbsentAsync(IReadOnlyList<StoredScore> scores, CancellationToken cancellationToken)
    {
        var distinct = scores.DistinctBy(KeyOf).OrderBy(KeyOf).ToList();
        var stored = await db.InsertManyIfAbsentAsync("score_results", ScoreColumns, ScoreKey, distinct,
            s => [s.AgencyId, s.FiscalYear, s.Version, s.Profile, s.ProfileVersion, s.InputHash, new JsonText(s.ResultJson), s.Total, s.Grade, s.ComputedAt],
            KeyOf, cancellationToken);
        var inserted = stored.ToHashSet();
        return distinct.Where(s => inserted.Contains(KeyOf(s))).ToList();
    }

    public async Task<IReadOnlyList<StoredScore>> ListScoresAsync(TenantScope scope, IReadOnlyList<VersionKey> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0) return [];
        var (sql, parameters) = VersionKeySql.Apply(ListScoresOfVersionsSql, "r", keys, scope);
        return await db.QueryAsync<StoredScore>(sql, parameters, cancellationToken);
    }

    private static ScoreKeyRow KeyOf(StoredScore s) => new(s.AgencyId, s.FiscalYear, s.Version, s.Profile, s.ProfileVersion);

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

/// <summary>The key of a stored score, as the insert returns it.</summary>
internal sealed record ScoreKeyRow(string AgencyId, int FiscalYear, int Version, string Profile, string ProfileVersion) : IComparable<ScoreKeyRow>
{
    public int CompareTo(ScoreKeyRow? other) =>
        other is null ? 1
        : string.CompareOrdinal(AgencyId, other.AgencyId) is var a and not 0 ? a
        : FiscalYear.CompareTo(other.FiscalYear) is var y and not 0 ? y
        : Version.CompareTo(other.Version) is var v and not 0 ? v
        : string.CompareOrdinal(Profile, other.Profile) is var p and not 0 ? p
        : string.CompareOrdinal(ProfileVersion, other.ProfileVersion);
}
