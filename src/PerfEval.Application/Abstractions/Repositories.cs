namespace PerfEval.Application.Abstractions;

public interface IRegionRepository
{
    Task<RegionRecord?> FindAsync(string code, CancellationToken cancellationToken);
    Task InsertAsync(RegionRecord region, CancellationToken cancellationToken);
    Task<int> CountAsync(CancellationToken cancellationToken);
    Task InsertManyAsync(IReadOnlyList<RegionRecord> regions, CancellationToken cancellationToken);
}

public interface IAgencyRepository
{
    /// <summary>The agency if it exists and <paramref name="scope"/> may see it; otherwise null.</summary>
    Task<AgencyRecord?> FindAsync(TenantScope scope, string agencyId, CancellationToken cancellationToken);
    Task<IReadOnlyList<AgencyRecord>> ListAsync(TenantScope scope, string? regionPath, CancellationToken cancellationToken);
    Task<bool> CodeExistsAsync(string code, CancellationToken cancellationToken);
    Task InsertAsync(TenantScope scope, AgencyRecord agency, CancellationToken cancellationToken);
}

public interface IApiKeyRepository
{
    Task<ApiKeyRecord?> FindActiveByHashAsync(string keyHash, CancellationToken cancellationToken);
    Task InsertAsync(ApiKeyRecord key, CancellationToken cancellationToken);
    Task<bool> RevokeAsync(string id, DateTimeOffset at, CancellationToken cancellationToken);
}

public sealed record NewReportVersion(
    string AgencyId,
    int FiscalYear,
    int Version,
    string DocumentJson,
    string DocumentHash,
    DateTimeOffset CreatedAt,
    string? CreatedBy,
    FindingCounts Counts,
    string FindingsJson,
    string RulesetVersion,
    IReadOnlyList<FindingRow> Findings);

/// <summary>One finding as stored for querying across reports (its JSON plus the columns filtered on).</summary>
public sealed record FindingRow(string RuleId, string Severity, string Json);

public sealed record FindingCounts(int Errors, int Warnings, int Infos);

public sealed record ReportListFilter(string? RegionPath, int? FiscalYear, string? Status);

public interface IReportRepository
{
    Task<ReportHead?> FindHeadAsync(TenantScope scope, string agencyId, int fiscalYear, CancellationToken cancellationToken);
    Task<ReportVersionRecord?> FindVersionAsync(TenantScope scope, string agencyId, int fiscalYear, int version, CancellationToken cancellationToken);
    Task<IReadOnlyList<ReportVersionRecord>> ListVersionsAsync(TenantScope scope, string agencyId, int fiscalYear, CancellationToken cancellationToken);

    /// <summary>Stores version 1 and the head row. False when the agency is outside <paramref name="scope"/>.</summary>
    Task<bool> InsertFirstAsync(TenantScope scope, NewReportVersion version, CancellationToken cancellationToken);

    /// <summary>Stores a new version if the head still is at <paramref name="expectedVersion"/>; false otherwise.</summary>
    Task<bool> InsertNextAsync(TenantScope scope, NewReportVersion version, int expectedVersion, CancellationToken cancellationToken);

    /// <summary>draft → submitted for the head version; false when the head moved or is not a draft.</summary>
    Task<bool> MarkSubmittedAsync(TenantScope scope, string agencyId, int fiscalYear, int version, DateTimeOffset at, CancellationToken cancellationToken);

    Task<Page<ReportHead>> ListAsync(TenantScope scope, ReportListFilter filter, int limit, string? cursor, CancellationToken cancellationToken);

    Task<string?> FindFindingsJsonAsync(TenantScope scope, string agencyId, int fiscalYear, int version, CancellationToken cancellationToken);

    /// <summary>The ruleset version that produced a stored version's findings.</summary>
    Task<string?> FindRulesetVersionAsync(TenantScope scope, string agencyId, int fiscalYear, int version, CancellationToken cancellationToken);

    /// <summary>Findings of the current versions of the reports the caller may see, filtered.</summary>
    Task<IReadOnlyList<RegionFinding>> ListCurrentFindingsAsync(TenantScope scope, FindingFilter filter, int limit, CancellationToken cancellationToken);
}

public sealed record FindingFilter(string? RegionPath, int? FiscalYear, string? RuleId, string? Severity);

public sealed record RegionFinding(string AgencyId, string AgencyName, string RegionCode, int FiscalYear, int Version, string FindingJson);

public interface IIdempotencyRepository
{
    Task<(string RequestHash, StoredResponse Response)?> FindAsync(string scopeKey, string idempotencyKey, CancellationToken cancellationToken);
    Task InsertAsync(string scopeKey, string idempotencyKey, string requestHash, StoredResponse response, DateTimeOffset at, CancellationToken cancellationToken);
}
