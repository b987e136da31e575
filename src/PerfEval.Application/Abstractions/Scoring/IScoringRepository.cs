namespace PerfEval.Application.Abstractions;

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
