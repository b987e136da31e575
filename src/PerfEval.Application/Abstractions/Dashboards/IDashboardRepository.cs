namespace PerfEval.Application.Abstractions;

public interface IDashboardRepository
{
    Task UpsertAsync(DashboardFact fact, CancellationToken cancellationToken);
    Task UpsertManyAsync(IReadOnlyList<DashboardFact> facts, CancellationToken cancellationToken);
    Task DeleteManyAsync(IReadOnlyList<ReportYear> years, CancellationToken cancellationToken);

    /// <summary>Drops the fact of a report year that is neither reported nor expected any more.</summary>
    Task DeleteAsync(string agencyId, int fiscalYear, CancellationToken cancellationToken);

    Task<FactsVersion> VersionAsync(TenantScope scope, string regionPath, int? fiscalYear, string? agencyId, CancellationToken cancellationToken);

    /// <summary>The facts of a region and its descendants (one fiscal year or all), visible to <paramref name="scope"/>.</summary>
    Task<IReadOnlyList<AgencyFact>> ListAsync(TenantScope scope, string regionPath, int? fiscalYear, string? agencyId, bool withMetrics, CancellationToken cancellationToken);
}
