namespace PerfEval.Application.Abstractions;

/// <summary>One immutable declaration version, with the document exactly as it was received.</summary>
public sealed record DeclarationVersionRecord(string AgencyId, int FiscalYear, int Version, string DocumentJson, string DocumentHash, DateTimeOffset CreatedAt, string? CreatedBy)
{
    private DeclarationVersionRecord() : this("", 0, 0, "", "", default, null) { }
}

/// <summary>The check of a report year's current self-evaluation against its approved declaration.</summary>
public sealed record StoredTargetCheck(
    string AgencyId,
    int FiscalYear,
    int ReportVersion,
    int DeclarationVersion,
    string RulesetVersion,
    string FindingsJson,
    int ErrorCount,
    int WarningCount,
    DateTimeOffset ComputedAt)
{
    private StoredTargetCheck() : this("", 0, 0, 0, "", "", 0, 0, default) { }
}

/// <summary>A self-evaluation's score under one profile, with the targets it quotes and with the declared ones.</summary>
public sealed record StoredDeclaredScore(
    string AgencyId,
    int FiscalYear,
    string Profile,
    string ProfileVersion,
    int ReportVersion,
    int DeclarationVersion,
    decimal? QuotedTotal,
    decimal? DeclaredTotal,
    decimal? Difference,
    string ResultJson,
    DateTimeOffset ComputedAt)
{
    private StoredDeclaredScore() : this("", 0, "", "", 0, 0, null, null, null, "", default) { }
}

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
}
