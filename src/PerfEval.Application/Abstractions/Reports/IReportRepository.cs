using PerfEval.Domain.Audit;
using PerfEval.Domain.YearOverYear;

namespace PerfEval.Application.Abstractions;

public interface IReportRepository
{
    /// <summary>The agency (null when it does not exist or the caller may not see it) and its report head for the year
    /// (null when it has none), in one statement: the two reads a save starts with.</summary>
    Task<(AgencyRecord? Agency, ReportHead? Head)> FindAgencyAndHeadAsync(TenantScope scope, string agencyId, int fiscalYear, CancellationToken cancellationToken);
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
