using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using PerfEval.Api.Http;
using PerfEval.Application.Abstractions;

namespace PerfEval.Api.Auth;

/// <summary>
/// The scopes of recently seen active keys, for <see cref="ApiOptions.KeyCacheSeconds"/>: saves one or two queries on
/// every request. A revocation through this process clears the cache at once; another process notices it when its
/// entry expires. Unknown keys are never cached, so a new key works immediately.
/// </summary>
public sealed class ApiKeyScopeCache(IOptions<ApiOptions> options) : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 100_000 });

    public async Task<(ApiKeyRecord Key, TenantScope Scope)?> GetOrResolveAsync(string keyHash, Func<Task<(ApiKeyRecord, TenantScope)?>> resolve)
    {
        var seconds = options.Value.KeyCacheSeconds;
        if (seconds <= 0) return await resolve();
        if (_cache.TryGetValue(keyHash, out (ApiKeyRecord, TenantScope) cached)) return cached;
        var resolved = await resolve();
        if (resolved is { } entry) _cache.Set(keyHash, entry, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(seconds) });
        return resolved;
    }

    public void Clear() => _cache.Clear();

    public void Dispose() => _cache.Dispose();
}
