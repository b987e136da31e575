namespace PerfEval.Application.Abstractions;

public interface IRosterRepository
{
    /// <summary>Adds or updates an entry for an agency visible to <paramref name="scope"/>; false when it is not.</summary>
    Task<bool> UpsertAsync(TenantScope scope, RosterRecord entry, CancellationToken cancellationToken);
    Task<bool> RemoveAsync(TenantScope scope, string agencyId, int fiscalYear, CancellationToken cancellationToken);
    Task<IReadOnlyList<RosterView>> ListAsync(TenantScope scope, string? regionPath, int fiscalYear, CancellationToken cancellationToken);
    Task<RosterView?> FindAsync(TenantScope scope, string agencyId, int fiscalYear, CancellationToken cancellationToken);
    Task<IReadOnlyList<RosterView>> FindManyAsync(TenantScope scope, IReadOnlyCollection<ReportYear> years, CancellationToken cancellationToken);
}
