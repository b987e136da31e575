using PerfEval.Application.Abstractions;
using PerfEval.Infrastructure.Database;

namespace PerfEval.Infrastructure.Repositories;

public sealed class ScoringRepository(DbSession db) : IScoringRepository
{
    private static readonly string[] ScoreColumns = ["agency_id", "fiscal_year", "version", "profile", "profile_version", "input_hash", "result", "computed_at"];
    private static readonly string[] ScoreKey = ["agency_id", "fiscal_year", "version", "profile", "profile_version"];

    internal const string SetStateSql =
        "UPDATE scoring_states SET state = @State, reason = @Reason, updated_at = @At WHERE agency_id = @AgencyId AND fiscal_year = @FiscalYear AND version = @Version";
    internal const string FindStateSql =
        "SELECT s.agency_id AS AgencyId, s.fiscal_year AS FiscalYear, s.version AS Version, s.state AS State, s.reason AS Reason, s.updated_at AS UpdatedAt "
        + "FROM scoring_states s JOIN agencies a ON a.id = s.agency_id WHERE s.agency_id = @AgencyId AND s.fiscal_year = @FiscalYear AND s.version = @Version AND {scope}";
    internal const string ListScoresSql =
        "SELECT r.agency_id AS AgencyId, r.fiscal_year AS FiscalYear, r.version AS Version, r.profile AS Profile, r.profile_version AS ProfileVersion, "
        + "r.input_hash AS InputHash, r.result AS ResultJson, r.computed_at AS ComputedAt "
        + "FROM score_results r JOIN agencies a ON a.id = r.agency_id WHERE r.agency_id = @AgencyId AND r.fiscal_year = @FiscalYear AND r.version = @Version AND {scope} "
        + "ORDER BY r.profile, r.profile_version";
    internal const string StalePendingSqlTemplate =
        "SELECT agency_id AS AgencyId, fiscal_year AS FiscalYear, version AS Version FROM scoring_states WHERE state = 'pending' AND updated_at < @OlderThan ORDER BY updated_at ";

    public Task SetStateAsync(VersionKey key, string state, string? reason, DateTimeOffset at, CancellationToken cancellationToken) =>
        db.ExecuteAsync(SetStateSql, new { key.AgencyId, key.FiscalYear, key.Version, State = state, Reason = reason, At = Timestamps.ToDb(at) }, cancellationToken);

    public async Task<ScoringStateRecord?> FindStateAsync(TenantScope scope, VersionKey key, CancellationToken cancellationToken)
    {
        var (sql, parameters) = ScopeSql.Apply(FindStateSql, scope, new { key.AgencyId, key.FiscalYear, key.Version });
        var row = await db.QuerySingleOrDefaultAsync<StateRow>(sql, parameters, cancellationToken);
        return row is null ? null : new ScoringStateRecord(row.AgencyId, row.FiscalYear, row.Version, row.State, row.Reason, Timestamps.FromDb(row.UpdatedAt));
    }

    public async Task<bool> InsertScoreIfAbsentAsync(StoredScore score, CancellationToken cancellationToken) =>
        await db.ExecuteAsync(db.Dialect.InsertIfAbsent("score_results", ScoreColumns, ScoreKey), new
        {
            score.AgencyId, score.FiscalYear, score.Version, score.Profile, score.ProfileVersion, score.InputHash,
            Result = score.ResultJson, ComputedAt = Timestamps.ToDb(score.ComputedAt),
        }, cancellationToken) == 1;

    public async Task<IReadOnlyList<StoredScore>> ListScoresAsync(TenantScope scope, VersionKey key, CancellationToken cancellationToken)
    {
        var (sql, parameters) = ScopeSql.Apply(ListScoresSql, scope, new { key.AgencyId, key.FiscalYear, key.Version });
        var rows = await db.QueryAsync<ScoreRow>(sql, parameters, cancellationToken);
        return rows.Select(r => new StoredScore(r.AgencyId, r.FiscalYear, r.Version, r.Profile, r.ProfileVersion, r.InputHash, r.ResultJson, Timestamps.FromDb(r.ComputedAt))).ToList();
    }

    public async Task<IReadOnlyList<VersionKey>> FindStalePendingAsync(DateTimeOffset olderThan, int limit, CancellationToken cancellationToken)
    {
        var rows = await db.QueryAsync<KeyRow>(StalePendingSqlTemplate + db.Dialect.Limit("@Limit"), new { OlderThan = Timestamps.ToDb(olderThan), Limit = limit }, cancellationToken);
        return rows.Select(r => new VersionKey(r.AgencyId, r.FiscalYear, r.Version)).ToList();
    }

    private sealed class StateRow
    {
        public string AgencyId { get; init; } = "";
        public int FiscalYear { get; init; }
        public int Version { get; init; }
        public string State { get; init; } = "";
        public string? Reason { get; init; }
        public string UpdatedAt { get; init; } = "";
    }

    private sealed class ScoreRow
    {
        public string AgencyId { get; init; } = "";
        public int FiscalYear { get; init; }
        public int Version { get; init; }
        public string Profile { get; init; } = "";
        public string ProfileVersion { get; init; } = "";
        public string InputHash { get; init; } = "";
        public string ResultJson { get; init; } = "";
        public string ComputedAt { get; init; } = "";
    }

    private sealed class KeyRow
    {
        public string AgencyId { get; init; } = "";
        public int FiscalYear { get; init; }
        public int Version { get; init; }
    }
}
