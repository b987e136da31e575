using PerfEval.Domain.Audit;
using PerfEval.Domain.YearOverYear;

namespace PerfEval.Application.Abstractions;

public interface IIdempotencyRepository
{
    Task<StoredResponse?> FindAsync(string scopeKey, string idempotencyKey, CancellationToken cancellationToken);
    Task InsertAsync(string scopeKey, string idempotencyKey, StoredResponse response, DateTimeOffset at, CancellationToken cancellationToken);
}
