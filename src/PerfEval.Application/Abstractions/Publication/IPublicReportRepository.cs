namespace PerfEval.Application.Abstractions;

/// <summary>
/// Reads for anyone, without a key: every statement is restricted to published report years in SQL, so nothing
/// else can leak through this path whatever the caller asks.
/// </summary>
public interface IPublicReportRepository
{
    Task<Page<PublishedReportRecord>> ListAsync(string? regionPath, int? fiscalYear, int limit, string? cursor, CancellationToken cancellationToken);
    Task<PublishedReportRecord?> FindAsync(string agencyId, int fiscalYear, CancellationToken cancellationToken);

    /// <summary>The last retraction of a report year that is retracted now (or back in review after it); null otherwise.</summary>
    Task<TransitionRecord?> FindRetractionAsync(string agencyId, int fiscalYear, CancellationToken cancellationToken);

    Task<IReadOnlyList<StoredScore>> ListScoresAsync(VersionKey key, CancellationToken cancellationToken);
}
