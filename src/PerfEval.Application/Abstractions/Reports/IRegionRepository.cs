using PerfEval.Domain.Audit;
using PerfEval.Domain.YearOverYear;

namespace PerfEval.Application.Abstractions;

public interface IRegionRepository
{
    Task<RegionRecord?> FindAsync(string code, CancellationToken cancellationToken);
    /// <summary>The regions directly under <paramref name="parentCode"/> (the provinces when null), by code.</summary>
    Task<IReadOnlyList<RegionRecord>> ListChildrenAsync(string? parentCode, CancellationToken cancellationToken);
    /// <summary>False when a region with the same code exists (also when a concurrent request inserted it first).</summary>
    Task<bool> InsertAsync(RegionRecord region, CancellationToken cancellationToken);
    Task<int> CountAsync(CancellationToken cancellationToken);
    Task InsertManyAsync(IReadOnlyList<RegionRecord> regions, CancellationToken cancellationToken);
}
