using PerfEval.Domain.Audit;
using PerfEval.Domain.YearOverYear;

namespace PerfEval.Application.Abstractions;

public interface IApiKeyRepository
{
    Task<ApiKeyRecord?> FindActiveByHashAsync(string keyHash, CancellationToken cancellationToken);
    Task InsertAsync(ApiKeyRecord key, CancellationToken cancellationToken);
    Task<bool> RevokeAsync(string id, DateTimeOffset at, CancellationToken cancellationToken);
}
