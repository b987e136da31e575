using PerfEval.Application.Abstractions;
using PerfEval.Infrastructure.Database;

namespace PerfEval.Infrastructure.Repositories;

public sealed class ApiKeyRepository(DbSession db) : IApiKeyRepository
{
    internal const string FindActiveSql =
        "SELECT id AS Id, name AS Name, role AS Role, scope AS Scope, key_hash AS KeyHash, created_at AS CreatedAt, revoked_at AS RevokedAt FROM api_keys WHERE key_hash = @KeyHash AND revoked_at IS NULL";
    internal const string InsertSql =
        "INSERT INTO api_keys (id, name, role, scope, key_hash, created_at, revoked_at) VALUES (@Id, @Name, @Role, @Scope, @KeyHash, @CreatedAt, NULL)";
    internal const string RevokeSql = "UPDATE api_keys SET revoked_at = @RevokedAt WHERE id = @Id AND revoked_at IS NULL";

    public async Task<ApiKeyRecord?> FindActiveByHashAsync(string keyHash, CancellationToken cancellationToken)
    {
        return await db.QuerySingleOrDefaultAsync<ApiKeyRecord>(FindActiveSql, new { KeyHash = keyHash }, cancellationToken);
    }

    public Task InsertAsync(ApiKeyRecord key, CancellationToken cancellationToken) =>
        db.ExecuteAsync(InsertSql, key, cancellationToken);

    public async Task<bool> RevokeAsync(string id, DateTimeOffset at, CancellationToken cancellationToken) =>
        await db.ExecuteAsync(RevokeSql, new { Id = id, RevokedAt = at }, cancellationToken) == 1;
}
