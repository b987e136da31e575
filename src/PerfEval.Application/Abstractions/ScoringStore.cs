namespace PerfEval.Application.Abstractions;

public static class ScoringStates
{
    public const string Pending = "pending";
    public const string Scored = "scored";
    public const string Failed = "failed";
}

public sealed record ScoringStateRecord(string AgencyId, int FiscalYear, int Version, string State, string? Reason, DateTimeOffset UpdatedAt);

public sealed record StoredScore(
    string AgencyId, int FiscalYear, int Version, string Profile, string ProfileVersion, string InputHash, string ResultJson, DateTimeOffset ComputedAt);

public sealed record VersionKey(string AgencyId, int FiscalYear, int Version);

public interface IScoringRepository
{
    Task SetStateAsync(VersionKey key, string state, string? reason, DateTimeOffset at, CancellationToken cancellationToken);
    Task<ScoringStateRecord?> FindStateAsync(TenantScope scope, VersionKey key, CancellationToken cancellationToken);

    /// <summary>Stores a result unless one exists for the same version and profile version. True when stored now.</summary>
    Task<bool> InsertScoreIfAbsentAsync(StoredScore score, CancellationToken cancellationToken);

    Task<IReadOnlyList<StoredScore>> ListScoresAsync(TenantScope scope, VersionKey key, CancellationToken cancellationToken);

    /// <summary>Versions still pending since before <paramref name="olderThan"/>: work that was lost somewhere.</summary>
    Task<IReadOnlyList<VersionKey>> FindStalePendingAsync(DateTimeOffset olderThan, int limit, CancellationToken cancellationToken);
}

public interface IYoyRepository
{
    Task UpsertAsync(string agencyId, int fiscalYear, string inputHash, string resultJson, DateTimeOffset at, CancellationToken cancellationToken);
    Task<(string InputHash, string ResultJson)?> FindAsync(TenantScope scope, string agencyId, int fiscalYear, CancellationToken cancellationToken);
    Task<IReadOnlyList<string>> ListAsync(TenantScope scope, string agencyId, int fromYear, int toYear, CancellationToken cancellationToken);
}

public sealed record RescoreRun(
    string Id, string? RegionCode, int? FiscalYear, string? Profile, string State, int Total, int Enqueued, DateTimeOffset RequestedAt, DateTimeOffset UpdatedAt);

public interface IRescoreRepository
{
    Task CreateAsync(RescoreRun run, CancellationToken cancellationToken);
    Task<RescoreRun?> FindAsync(string id, CancellationToken cancellationToken);
    Task UpdateAsync(string id, string state, int total, int enqueued, DateTimeOffset at, CancellationToken cancellationToken);
    Task AddItemsAsync(string runId, IReadOnlyList<VersionKey> items, CancellationToken cancellationToken);
    /// <summary>How many of the run's versions have a stored result for every one of <paramref name="profileVersions"/>.</summary>
    Task<int> CountScoredAsync(string runId, IReadOnlyList<(string Profile, string Version)> profileVersions, CancellationToken cancellationToken);
}

/// <summary>Background work the application asks for; implemented with Hangfire.</summary>
public interface IJobScheduler
{
    void ScoreVersion(VersionKey key, string? onlyProfile = null);
    void ComputeYoy(string agencyId, int fiscalYear);
    void PlanRescore(string runId);
}
