namespace PerfEval.Application.Abstractions;

/// <summary>
/// Set-based reads and writes of a bulk import (<c>POST /api/v1/imports/reports</c>): a few statements per chunk of
/// lines rather than a few per line. Every read and every head write is under the caller's scope.
/// </summary>
public interface IReportImportStore
{
    /// <summary>The agencies of <paramref name="agencyIds"/> that exist and that <paramref name="scope"/> may see.</summary>
    Task<IReadOnlyList<AgencyRecord>> FindAgenciesAsync(TenantScope scope, IReadOnlyCollection<string> agencyIds, CancellationToken cancellationToken);

    /// <summary>Stored responses of earlier requests by Idempotency-Key, for the calling key.</summary>
    Task<IReadOnlyDictionary<string, StoredResponse>> FindResponsesAsync(string scopeKey, IReadOnlyCollection<string> idempotencyKeys, CancellationToken cancellationToken);

    /// <summary>
    /// Stores the versions (several may follow one another in one report year), advances or creates each year's head,
    /// appends the history rows and the idempotency rows. False when another writer moved a head or took a key between
    /// the caller's reads and this write: the caller rolls the transaction back and decides again.
    /// </summary>
    Task<bool> StoreAsync(TenantScope scope, string idempotencyScope, IReadOnlyList<ImportedVersion> versions, CancellationToken cancellationToken);

    /// <summary>Ledger rows of <paramref name="kinds"/> for every version, pending from <paramref name="at"/>.</summary>
    Task AddDerivationsAsync(IReadOnlyList<VersionKey> keys, IReadOnlyList<string> kinds, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>The <paramref name="kind"/> ledger row of each expected report (roster entry) among <paramref name="years"/>, pending again.</summary>
    Task RequeueRosterAsync(string kind, IReadOnlyCollection<ReportYear> years, DateTimeOffset at, CancellationToken cancellationToken);
}
