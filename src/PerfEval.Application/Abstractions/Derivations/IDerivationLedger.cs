namespace PerfEval.Application.Abstractions;

/// <summary>
/// The work ledger for derived results: one row per report version × derivation kind, written in the same transaction
/// as whatever makes the work necessary, claimed with a lease by dispatchers, completed only by the claim that holds it.
/// </summary>
public interface IDerivationLedger
{
    /// <summary>Adds pending rows for a new version (inside the caller's transaction).</summary>
    Task AddAsync(VersionKey key, IReadOnlyList<string> kinds, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>(Re)queues the given kinds for the current version of every report matching the filter, tagged with a run id.
    /// Returns the number of versions queued.</summary>
    Task<int> RequeueCurrentVersionsAsync(ReportListFilter filter, IReadOnlyList<string> kinds, string runId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>As above, for the reports a profile's <paramref name="applies"/> covers only.</summary>
    Task<int> RequeueCurrentVersionsAsync(ReportListFilter filter, Domain.Scoring.ProfileApplicability applies, IReadOnlyList<string> kinds, string runId,
        DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>
    /// One report year's publication status is owed again if it is on a roster (as <see cref="RequeueRosterAsync"/>
    /// for one agency and year), held with the transaction's other writes: no count is read.
    /// </summary>
    Task RequeueRosterEntryAsync(string kind, string agencyId, int fiscalYear, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>(Re)queues a report year's own derivation (version 0) for the given roster entries; entries not on a roster
    /// are skipped. <paramref name="agencyId"/> null = every entry of the year (or of every year when that is null too).</summary>
    Task<int> RequeueRosterAsync(string kind, string? agencyId, int? fiscalYear, string? regionPath, bool unpublishedOnly, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>(Re)queues a report year's own derivation (version 0) for every report year of a region and its descendants.</summary>
    Task<int> RequeueReportYearsAsync(string kind, string regionPath, DateTimeOffset at, DateTimeOffset dueAt, CancellationToken cancellationToken);

    /// <summary>(Re)queues a report year's own derivation (version 0) for one agency and year, on a roster or not, due at <paramref name="dueAt"/>.</summary>
    Task RequeueYearAsync(string kind, string agencyId, int fiscalYear, DateTimeOffset at, DateTimeOffset dueAt, CancellationToken cancellationToken);

    /// <summary>The same for many report years in one statement (taken in key order, so concurrent writers lock rows in one order).</summary>
    Task RequeueYearsAsync(string kind, IReadOnlyCollection<ReportYear> years, DateTimeOffset at, DateTimeOffset dueAt, CancellationToken cancellationToken);

    /// <summary>Claims up to <paramref name="limit"/> due rows for <paramref name="claimId"/> until <paramref name="leaseUntil"/>.</summary>
    Task<IReadOnlyList<Derivation>> ClaimAsync(string claimId, int limit, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken);

    /// <summary>Rows claimed and still leased: work in flight across every worker process.</summary>
    Task<int> CountInFlightAsync(DateTimeOffset now, CancellationToken cancellationToken);

    Task<IReadOnlyList<Derivation>> ListClaimedAsync(string claimId, CancellationToken cancellationToken);

    /// <summary>Every row of the given versions (to see whether the work another row depends on is finished).</summary>
    Task<IReadOnlyList<Derivation>> ListForVersionsAsync(IReadOnlyList<VersionKey> keys, CancellationToken cancellationToken);

    /// <summary>Records outcomes; a row that was re-claimed or re-queued since is left alone.</summary>
    Task RecordAsync(string claimId, IReadOnlyList<DerivationOutcome> outcomes, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>The rows of one version visible to <paramref name="scope"/>.</summary>
    Task<IReadOnlyList<Derivation>> ListForVersionAsync(TenantScope scope, VersionKey key, CancellationToken cancellationToken);

    Task<DerivationCounts> CountRunAsync(string runId, CancellationToken cancellationToken);
}
