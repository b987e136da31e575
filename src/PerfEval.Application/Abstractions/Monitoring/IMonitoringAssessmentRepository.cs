namespace PerfEval.Application.Abstractions;

/// <summary>The workers' monitoring assessments: the ledger rows that owe them, their inputs and the stored results.</summary>
public interface IMonitoringAssessmentRepository
{
    /// <summary>Owes the year's assessments of one agency (a ledger row of version 0), only when it has monitoring reports that year.</summary>
    Task RequeueAgencyYearAsync(string kind, string agencyId, int fiscalYear, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Owes the year's assessments of every agency under a region path that has monitoring reports that year (one statement).</summary>
    Task RequeueRegionYearAsync(string kind, string regionPath, int fiscalYear, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>The current version of every period of these agency years (the workers' read: no tenant scope).</summary>
    Task<IReadOnlyList<MonitoringVersionRecord>> ListCurrentVersionsAsync(IReadOnlyCollection<ReportYear> years, CancellationToken cancellationToken);

    /// <summary>The stored assessments of these agency years (the workers' read: no tenant scope).</summary>
    Task<IReadOnlyList<StoredMonitoringAssessment>> ListAsync(IReadOnlyCollection<ReportYear> years, CancellationToken cancellationToken);

    /// <summary>Inserts or replaces each assessment (keyed by agency, fiscal year and period).</summary>
    Task UpsertAsync(IReadOnlyList<StoredMonitoringAssessment> assessments, CancellationToken cancellationToken);

    Task<StoredMonitoringAssessment?> FindAsync(TenantScope scope, string agencyId, int fiscalYear, string period, CancellationToken cancellationToken);

    /// <summary>The stored assessments under a region for a year (one period, or all).</summary>
    Task<IReadOnlyList<StoredMonitoringAssessment>> ListForRegionAsync(TenantScope scope, string regionPath, int fiscalYear, string? period, CancellationToken cancellationToken);
}
