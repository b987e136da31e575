namespace PerfEval.Application.Abstractions;

/// <summary>A region's execution threshold for one period of one fiscal year, with the notice it rests on.</summary>
public sealed record ThresholdRecord(string RegionCode, int FiscalYear, string Period, DateOnly EndsOn, decimal MinExecutionRate, string Source, DateTimeOffset UpdatedAt)
{
    private ThresholdRecord() : this("", 0, "", default, 0m, "", default) { }
}

/// <summary>One immutable version of an agency's monitoring report for a period, with the pace assessed when it was stored.</summary>
public sealed record MonitoringVersionRecord(
    string AgencyId,
    int FiscalYear,
    string Period,
    int Version,
    string DocumentJson,
    string DocumentHash,
    decimal? ExecutionRate,
    decimal? MinExecutionRate,
    string? ThresholdRegion,
    int BelowThreshold,
    int AtRiskIndicators,
    DateTimeOffset CreatedAt,
    string? CreatedBy)
{
    private MonitoringVersionRecord() : this("", 0, "", 0, "", "", null, null, null, 0, 0, default, null) { }
}

/// <summary>The current monitoring version of one agency and period, for the region's summary.</summary>
public sealed record MonitoringRow(string AgencyId, string AgencyName, string RegionCode, string Period, int Version, decimal? ExecutionRate,
    decimal? MinExecutionRate, int BelowThreshold, int AtRiskIndicators)
{
    private MonitoringRow() : this("", "", "", "", 0, null, null, 0, 0) { }
}

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
