namespace PerfEval.Application.Abstractions;

/// <summary>The current state of one agency's declaration (绩效目标申报) for one fiscal year.</summary>
public sealed record DeclarationHead(
    string AgencyId,
    int FiscalYear,
    int Version,
    string Status,
    int? ApprovedVersion,
    string? StatusReason,
    string? StatusBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    private DeclarationHead() : this("", 0, 0, "", null, null, null, default, default) { }
}

/// <summary>One immutable declaration version, with the document exactly as it was received.</summary>
public sealed record DeclarationVersionRecord(string AgencyId, int FiscalYear, int Version, string DocumentJson, string DocumentHash, DateTimeOffset CreatedAt, string? CreatedBy)
{
    private DeclarationVersionRecord() : this("", 0, 0, "", "", default, null) { }
}

public sealed record NewDeclarationVersion(VersionKey Key, string DocumentJson, string DocumentHash, DateTimeOffset CreatedAt, string? CreatedBy);

/// <summary>A review step to store: the head moves from <see cref="From"/> only if it is still there at <see cref="Version"/>.</summary>
public sealed record DeclarationMove(string AgencyId, int FiscalYear, int Version, string From, string To, int? ApprovedVersion, string? Reason, string? By, DateTimeOffset At);

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
    Task<DeclarationHead?> FindHeadAsync(TenantScope scope, string agencyId, int fiscalYear, CancellationToken cancellationToken);
    Task<DeclarationVersionRecord?> FindVersionAsync(TenantScope scope, VersionKey key, CancellationToken cancellationToken);
    Task<IReadOnlyList<DeclarationVersionRecord>> ListVersionsAsync(TenantScope scope, string agencyId, int fiscalYear, CancellationToken cancellationToken);

    /// <summary>Stores version 1 and the head. False when the agency is outside <paramref name="scope"/> or the declaration exists.</summary>
    Task<bool> InsertFirstAsync(TenantScope scope, NewDeclarationVersion version, CancellationToken cancellationToken);

    /// <summary>Stores a new version (a draft) if the head is still at <paramref name="expectedVersion"/>.</summary>
    Task<bool> InsertNextAsync(TenantScope scope, NewDeclarationVersion version, int expectedVersion, CancellationToken cancellationToken);

    /// <summary>A review step; false when the head moved since it was read.</summary>
    Task<bool> MoveAsync(TenantScope scope, DeclarationMove move, CancellationToken cancellationToken);

    /// <summary>Owes the year's target check again (ledger kind <paramref name="kind"/>) when the year has an approved declaration.</summary>
    Task RequeueCheckAsync(string kind, string agencyId, int fiscalYear, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>The approved declaration versions of these years (for the workers).</summary>
    Task<IReadOnlyList<DeclarationVersionRecord>> ListApprovedAsync(IReadOnlyCollection<ReportYear> years, CancellationToken cancellationToken);

    Task UpsertChecksAsync(IReadOnlyList<StoredTargetCheck> checks, IReadOnlyList<StoredDeclaredScore> scores, CancellationToken cancellationToken);

    Task<StoredTargetCheck?> FindCheckAsync(TenantScope scope, string agencyId, int fiscalYear, CancellationToken cancellationToken);
    Task<IReadOnlyList<StoredDeclaredScore>> ListScoresAsync(TenantScope scope, string agencyId, int fiscalYear, CancellationToken cancellationToken);
}
