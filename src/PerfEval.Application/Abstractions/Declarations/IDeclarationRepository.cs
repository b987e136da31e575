namespace PerfEval.Application.Abstractions;

public interface IDeclarationRepository
{
    /// <summary>The declarations' heads (one per agency and fiscal year): version, review status, approved version.</summary>
    IReviewHeads Heads { get; }

    Task<DeclarationVersionRecord?> FindVersionAsync(TenantScope scope, VersionKey key, CancellationToken cancellationToken);
    Task<IReadOnlyList<DeclarationVersionRecord>> ListVersionsAsync(TenantScope scope, string agencyId, int fiscalYear, CancellationToken cancellationToken);

    /// <summary>Stores a version whose head <see cref="Heads"/> has just written (within the caller's scope).</summary>
    Task InsertVersionAsync(DeclarationVersionRecord version, CancellationToken cancellationToken);

    /// <summary>Owes the year's target check again (ledger kind <paramref name="kind"/>) when the year has an approved declaration.</summary>
    Task RequeueCheckAsync(string kind, string agencyId, int fiscalYear, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>The approved declaration versions of these years (for the workers).</summary>
    Task<IReadOnlyList<DeclarationVersionRecord>> ListApprovedAsync(IReadOnlyCollection<ReportYear> years, CancellationToken cancellationToken);

    Task UpsertChecksAsync(IReadOnlyList<StoredTargetCheck> checks, IReadOnlyList<StoredDeclaredScore> scores, CancellationToken cancellationToken);

    Task<StoredTargetCheck?> FindCheckAsync(TenantScope scope, string agencyId, int fiscalYear, CancellationToken cancellationToken);
    Task<IReadOnlyList<StoredDeclaredScore>> ListScoresAsync(TenantScope scope, string agencyId, int fiscalYear, CancellationToken cancellationToken);

    /// <summary>The stored checks of the agencies under a region path (one fiscal year, or all), within the caller's scope: one statement.</summary>
    Task<IReadOnlyList<StoredTargetCheck>> ListChecksAsync(TenantScope scope, string regionPath, int? fiscalYear, CancellationToken cancellationToken);

    /// <summary>When those checks were last computed and how many there are (for the dashboards' ETag).</summary>
    Task<FactsVersion> ChecksVersionAsync(TenantScope scope, string regionPath, int? fiscalYear, CancellationToken cancellationToken);
}
