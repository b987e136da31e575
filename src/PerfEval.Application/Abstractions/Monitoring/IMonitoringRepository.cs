namespace PerfEval.Application.Abstractions;

public interface IMonitoringRepository
{
    /// <summary>Replaces a region's thresholds for a year (all periods at once).</summary>
    Task ReplaceThresholdsAsync(string regionCode, int fiscalYear, IReadOnlyList<ThresholdRecord> thresholds, CancellationToken cancellationToken);

    Task<IReadOnlyList<ThresholdRecord>> ListThresholdsAsync(string regionCode, int fiscalYear, CancellationToken cancellationToken);

    /// <summary>The thresholds of one period set by any of these regions (an agency's region and the regions above it).</summary>
    Task<IReadOnlyList<ThresholdRecord>> ListThresholdsAsync(IReadOnlyList<string> regionCodes, int fiscalYear, string period, CancellationToken cancellationToken);

    /// <summary>The monitoring reports' heads (one per agency, fiscal year and period): version, review status, approved version.</summary>
    IReviewHeads Heads { get; }

    Task<IReadOnlyList<MonitoringVersionRecord>> ListVersionsAsync(TenantScope scope, string agencyId, int fiscalYear, string period, CancellationToken cancellationToken);

    /// <summary>Stores a version whose head <see cref="Heads"/> has just written; false when the agency is outside <paramref name="scope"/>.</summary>
    Task<bool> InsertAsync(TenantScope scope, MonitoringVersionRecord version, CancellationToken cancellationToken);

    /// <summary>The agency's most recently stored monitoring report of the year: the current version of the period last written.</summary>
    Task<MonitoringVersionRecord?> FindLatestAsync(TenantScope scope, string agencyId, int fiscalYear, CancellationToken cancellationToken);

    /// <summary>The current version of every agency and period under a region for a year (one period, or all).</summary>
    Task<IReadOnlyList<MonitoringRow>> ListCurrentAsync(TenantScope scope, string regionPath, int fiscalYear, string? period, CancellationToken cancellationToken);
}
