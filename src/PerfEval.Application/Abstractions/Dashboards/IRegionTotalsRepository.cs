using PerfEval.Application.Dashboards;

namespace PerfEval.Application.Abstractions;

/// <summary>The region totals the workers keep next to the dashboard facts (see <see cref="RegionTotals"/>).</summary>
public interface IRegionTotalsRepository
{
    /// <summary>
    /// Takes the lock that every writer of dashboard facts holds until it commits, as the first write of its
    /// transaction: the old facts it then reads cannot change under it, so the difference it adds is exact.
    /// </summary>
    Task LockAsync(DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>The stored facts of these report years (without metrics) with their agencies' region paths.</summary>
    Task<IReadOnlyList<PlacedFact>> ListPlacedFactsAsync(IReadOnlyCollection<ReportYear> years, CancellationToken cancellationToken);

    /// <summary>Moves each total by its amount (rows that do not exist yet start from zero).</summary>
    Task AddAsync(IReadOnlyList<RegionTotal> changes, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>True once the totals cover every stored fact (always for a database created with them).</summary>
    Task<bool> IsReadyAsync(CancellationToken cancellationToken);

    /// <summary>Every stored fact (without metrics) with its agency's region path, for a rebuild.</summary>
    Task<IReadOnlyList<PlacedFact>> ListAllPlacedFactsAsync(CancellationToken cancellationToken);

    /// <summary>Replaces every total and marks the totals ready (after <see cref="LockAsync"/>).</summary>
    Task ReplaceAllAsync(IReadOnlyList<RegionTotal> totals, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>The totals of a kept region (one fiscal year or all), visible to <paramref name="scope"/>; zero totals are left out.</summary>
    Task<IReadOnlyList<RegionTotal>> ListAsync(TenantScope scope, string regionPath, int? fiscalYear, CancellationToken cancellationToken);

    /// <summary>When the totals of a kept region last moved, and how many facts they hold.</summary>
    Task<FactsVersion> VersionAsync(TenantScope scope, string regionPath, int? fiscalYear, CancellationToken cancellationToken);
}

public static class RegionTotalsReads
{
    /// <summary>
    /// True when a dashboard of the region reads the kept totals: the region is kept and the totals cover every fact.
    /// The summary and its ETag stamp decide by this one rule, so a stamp never describes a different source than its body.
    /// </summary>
    public static async Task<bool> CoverAsync(this IRegionTotalsRepository totals, string regionPath, CancellationToken cancellationToken) =>
        RegionTotals.IsKept(regionPath) && await totals.IsReadyAsync(cancellationToken);
}
