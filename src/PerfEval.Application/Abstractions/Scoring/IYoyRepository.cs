namespace PerfEval.Application.Abstractions;

public interface IYoyRepository
{
    Task UpsertAsync(StoredYoy yoy, CancellationToken cancellationToken);
    Task UpsertManyAsync(IReadOnlyList<StoredYoy> comparisons, CancellationToken cancellationToken);
    Task<IReadOnlyList<StoredYoy>> FindManyAsync(TenantScope scope, IReadOnlyCollection<ReportYear> years, CancellationToken cancellationToken);
    Task<StoredYoy?> FindAsync(TenantScope scope, string agencyId, int fiscalYear, CancellationToken cancellationToken);
    Task<IReadOnlyList<StoredYoy>> ListAsync(TenantScope scope, string agencyId, int fromYear, int toYear, CancellationToken cancellationToken);
}
