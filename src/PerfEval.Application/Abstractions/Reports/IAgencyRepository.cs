using PerfEval.Domain.Audit;
using PerfEval.Domain.YearOverYear;

namespace PerfEval.Application.Abstractions;

public interface IAgencyRepository
{
    /// <summary>The agency if it exists and <paramref name="scope"/> may see it; otherwise null.</summary>
    Task<AgencyRecord?> FindAsync(TenantScope scope, string agencyId, CancellationToken cancellationToken);
    Task<IReadOnlyList<AgencyRecord>> ListAsync(TenantScope scope, string? regionPath, CancellationToken cancellationToken);
    /// <summary>True when an agency has the same code by <see cref="Domain.Validation.CodeKey"/> (case, width and
    /// surrounding white space aside), which is also how the store keeps codes unique.</summary>
    Task<bool> CodeExistsAsync(string code, CancellationToken cancellationToken);
    /// <summary>False when an agency with the same id or code exists (also when a concurrent request inserted it first).</summary>
    Task<bool> InsertAsync(TenantScope scope, AgencyRecord agency, CancellationToken cancellationToken);
}
