using PerfEval.Domain.Audit;
using PerfEval.Domain.YearOverYear;

namespace PerfEval.Application.Abstractions;

public interface IRegionRepository
{
    Task<RegionRecord?> FindAsync(string code, CancellationToken cancellationToken);
    /// <summary>The regions directly under <paramref name="parentCode"/> (the provinces when null), by code.</summary>
    Task<IReadOnlyList<RegionRecord>> ListChildrenAsync(string? parentCode, CancellationToken cancellationToken);
    /// <summary>False when a region with the same code exists (also when a concurrent request inserted it first).</summary>
    Task<bool> InsertAsync(RegionRecord region, CancellationToken cancellationToken);
    Task<int> CountAsync(CancellationToken cancellationToken);
    Task InsertManyAsync(IReadOnlyList<RegionRecord> regions, CancellationToken cancellationToken);
}

public interface IAgencyRepository
{
    /// <summary>The agency if it exists and <paramref name="scope"/> may see it; otherwise null.</summary>
    Task<AgencyRecord?> FindAsync(TenantScope scope, string agencyId, CancellationToken cancellationToken);
    Task<IReadOnlyList<AgencyRecord>> ListAsync(TenantScope scope, string? regionPath, CancellationToken cancellationToken);
    /// <summary>True when an agency has the same code by <see cref="Domain.Validation.CodeKey"/> (case, width and
    /// surrounding white space aside), which is also how the store keeps codes unique.</summary>
    Task<bool> CodeExistsAsync(string code, CancellationToken cancellationToken);
    /// <summary>False when an agency with the same id or code exists (also when a concurrent request inserted it first).</summary>
    Task<bool> InsertAsync(TenantScope scope, AgencyRecord agency, CancellationToken cancellationToken);
}

public interface IApiKeyRepository
{
    Task<ApiKeyRecord?> FindActiveByHashAsync(string keyHash, CancellationToken cancellationToken);
    Task InsertAsync(ApiKeyRecord key, CancellationToken cancellationToken);
    Task<bool> RevokeAsync(string id, DateTimeOffset at, CancellationToken cancellationToken);
}

/// <summary>A version to store: the document as received, its findings (stored once, as rows) and its metrics snapshot.</summary>
public sealed record NewReportVersion(
    VersionKey Key,
    string DocumentJson,
    string DocumentHash,
    DateTimeOffset CreatedAt,
    string? CreatedBy,
    string RulesetVersion,
    IReadOnlyList<Finding> Findings,
    MetricsSnapshot Metrics)
{
    public FindingCounts Counts => new(
        Findings.Count(f => f.Severity == Severities.Error),
        Findings.Count(f => f.Severity == Severities.Warning),
        Findings.Count(f => f.Severity != Severities.Error && f.Severity != Severities.Warning));
}

public sealed record ReportListFilter(string? RegionPath, int? FiscalYear, string? Status);

/// <summary>What year-over-year needs of one report year: its current version and that version's metrics snapshot.</summary>
public sealed record YearSnapshot(string AgencyId, int FiscalYear, int Version, string DocumentHash, MetricsSnapshot? Metrics)
{
    private YearSnapshot() : this("", 0, 0, "", null) { }

    public VersionKey Key => new(AgencyId, FiscalYear, Version);
}

/// <summary>A finding as stored with its version.</summary>
public sealed record VersionFinding(string AgencyId, int FiscalYear, int Version, Finding Finding)
{
    private VersionFinding() : this("", 0, 0, null!) { }

    public VersionKey Key => new(AgencyId, FiscalYear, Version);
}

public interface IReportRepository
{
    Task<ReportHead?> FindHeadAsync(TenantScope scope, string agencyId, int fiscalYear, CancellationToken cancellationToken);
    Task<ReportVersionRecord?> FindVersionAsync(TenantScope scope, VersionKey key, CancellationToken cancellationToken);
    Task<IReadOnlyList<ReportVersionRecord>> FindVersionsAsync(TenantScope scope, IReadOnlyList<VersionKey> keys, CancellationToken cancellationToken);
    Task<IReadOnlyList<ReportVersionRecord>> ListVersionsAsync(TenantScope scope, string agencyId, int fiscalYear, CancellationToken cancellationToken);

    /// <summary>Stores version 1 and the head row. False when the agency is outside <paramref name="scope"/> or the report exists.</summary>
    Task<bool> InsertFirstAsync(TenantScope scope, NewReportVersion version, CancellationToken cancellationToken);

    /// <summary>Stores a new version if the head still is at <paramref name="expectedVersion"/>; false otherwise.</summary>
    Task<bool> InsertNextAsync(TenantScope scope, NewReportVersion version, int expectedVersion, CancellationToken cancellationToken);

    Task<Page<ReportHead>> ListAsync(TenantScope scope, ReportListFilter filter, int limit, string? cursor, CancellationToken cancellationToken);

    /// <summary>The findings stored with a version, in the order the audit produced them; null when the version does not exist.</summary>
    Task<IReadOnlyList<Finding>?> FindFindingsAsync(TenantScope scope, VersionKey key, CancellationToken cancellationToken);

    /// <summary>The stored findings of several versions at once (one query), by version.</summary>
    Task<IReadOnlyDictionary<VersionKey, IReadOnlyList<Finding>>> FindFindingsAsync(TenantScope scope, IReadOnlyList<VersionKey> keys, CancellationToken cancellationToken);

    /// <summary>Findings of the current versions of the reports the caller may see, filtered.</summary>
    Task<IReadOnlyList<RegionFinding>> ListCurrentFindingsAsync(TenantScope scope, FindingFilter filter, int limit, CancellationToken cancellationToken);

    /// <summary>The current versions of an agency's reports for the given span of years, with their metrics snapshots.</summary>
    Task<IReadOnlyList<YearSnapshot>> ListYearSnapshotsAsync(TenantScope scope, string agencyId, int fromYear, int toYear, CancellationToken cancellationToken);

    /// <summary>The current version's snapshot of each of these report years that exists (one query for a batch of derivations).</summary>
    Task<IReadOnlyList<YearSnapshot>> ListYearSnapshotsAsync(TenantScope scope, IReadOnlyCollection<ReportYear> years, CancellationToken cancellationToken);

    /// <summary>The heads of those of these report years that exist.</summary>
    Task<IReadOnlyList<ReportHead>> ListHeadsAsync(TenantScope scope, IReadOnlyCollection<ReportYear> years, CancellationToken cancellationToken);
}

public sealed record FindingFilter(string? RegionPath, int? FiscalYear, string? RuleId, string? Severity);

public sealed record RegionFinding(string AgencyId, string AgencyName, string RegionCode, int FiscalYear, int Version, Finding Finding)
{
    private RegionFinding() : this("", "", "", 0, 0, null!) { }
}

public interface IIdempotencyRepository
{
    Task<StoredResponse?> FindAsync(string scopeKey, string idempotencyKey, CancellationToken cancellationToken);
    Task InsertAsync(string scopeKey, string idempotencyKey, StoredResponse response, DateTimeOffset at, CancellationToken cancellationToken);
}
