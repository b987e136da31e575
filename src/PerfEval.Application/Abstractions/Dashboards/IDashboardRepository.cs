namespace PerfEval.Application.Abstractions;

public interface IDashboardRepository
{
    /// <summary>Stores facts; only the dashboard derivation writes them, after taking the region totals' lock (<see cref="IRegionTotalsRepository.LockAsync"/>).</summary>
    Task UpsertManyAsync(IReadOnlyList<DashboardFact> facts, CancellationToken cancellationToken);
    Task DeleteManyAsync(IReadOnlyList<ReportYear> years, CancellationToken cancellationToken);

    Task<FactsVersion> VersionAsync(TenantScope scope, string regionPath, int? fiscalYear, string? agencyId, CancellationToken cancellationToken);

    /// <summary>The facts of a region and its descendants (one fiscal year or all), visible to <paramref name="scope"/>.</summary>
    Task<IReadOnlyList<AgencyFact>> ListAsync(TenantScope scope, string regionPath, int? fiscalYear, string? agencyId, bool withMetrics, CancellationToken cancellationToken);

    /// <summary>The facts of a region and its descendants whose publication status is <paramref name="status"/> (found through its index).</summary>
    Task<IReadOnlyList<AgencyFact>> ListWithStatusAsync(TenantScope scope, string regionPath, int? fiscalYear, string status, CancellationToken cancellationToken);

    /// <summary>One number of every fact of a region and year (null where a fact has none), visible to <paramref name="scope"/>.</summary>
    Task<IReadOnlyList<FactValue>> ListValuesAsync(TenantScope scope, string regionPath, int fiscalYear, FactValueSource source, CancellationToken cancellationToken);

    /// <summary>
    /// The distinct metric keys of the facts of a region and year, given the metric key sets those facts name (read
    /// with their values); a null among them stands for facts that name none, whose keys are read from their metrics.
    /// </summary>
    Task<IReadOnlyList<string>> ListMetricKeysAsync(TenantScope scope, string regionPath, int fiscalYear, IReadOnlyCollection<string?> metricSets,
        CancellationToken cancellationToken);
}
