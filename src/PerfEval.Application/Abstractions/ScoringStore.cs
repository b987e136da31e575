namespace PerfEval.Application.Abstractions;

/// <summary>One score result as stored: the result JSON plus the columns queried on (total, grade).</summary>
public sealed record StoredScore(
    string AgencyId,
    int FiscalYear,
    int Version,
    string Profile,
    string ProfileVersion,
    string InputHash,
    string ResultJson,
    decimal? Total,
    string? Grade,
    DateTimeOffset ComputedAt)
{
    private StoredScore() : this("", 0, 0, "", "", "", "", null, null, default) { }
}

public interface IScoringRepository
{
    /// <summary>Stores results unless one exists for the same version and profile version. Returns how many were stored now.</summary>
    Task<IReadOnlyList<StoredScore>> InsertScoresIfAbsentAsync(IReadOnlyList<StoredScore> scores, CancellationToken cancellationToken);

    Task<IReadOnlyList<StoredScore>> ListScoresAsync(TenantScope scope, VersionKey key, CancellationToken cancellationToken);

    /// <summary>Every stored score of these versions, results included.</summary>
    Task<IReadOnlyList<StoredScore>> ListScoresAsync(TenantScope scope, IReadOnlyList<VersionKey> keys, CancellationToken cancellationToken);

    /// <summary>Latest total per profile of each given version (for year-over-year), without the result documents.</summary>
    Task<IReadOnlyList<StoredScore>> ListTotalsAsync(TenantScope scope, IReadOnlyList<VersionKey> keys, CancellationToken cancellationToken);
}

public sealed record StoredYoy(string AgencyId, int FiscalYear, string InputHash, string ResultJson, DateTimeOffset ComputedAt)
{
    private StoredYoy() : this("", 0, "", "", default) { }
}

public interface IYoyRepository
{
    Task UpsertAsync(StoredYoy yoy, CancellationToken cancellationToken);
    Task UpsertManyAsync(IReadOnlyList<StoredYoy> comparisons, CancellationToken cancellationToken);
    Task<IReadOnlyList<StoredYoy>> FindManyAsync(TenantScope scope, IReadOnlyCollection<ReportYear> years, CancellationToken cancellationToken);
    Task<StoredYoy?> FindAsync(TenantScope scope, string agencyId, int fiscalYear, CancellationToken cancellationToken);
    Task<IReadOnlyList<StoredYoy>> ListAsync(TenantScope scope, string agencyId, int fromYear, int toYear, CancellationToken cancellationToken);
}

public sealed record RescoreRun(string Id, string? RegionCode, int? FiscalYear, string? Profile, int Versions, DateTimeOffset RequestedAt)
{
    private RescoreRun() : this("", null, null, null, 0, default) { }
}

public interface IRescoreRepository
{
    Task CreateAsync(RescoreRun run, CancellationToken cancellationToken);
    Task<RescoreRun?> FindAsync(string id, CancellationToken cancellationToken);
}
