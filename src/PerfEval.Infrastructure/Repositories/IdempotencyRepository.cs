using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Infrastructure.Database;

namespace PerfEval.Infrastructure.Repositories;

public sealed class IdempotencyRepository(DbSession db) : IIdempotencyRepository
{
    internal const string FindSql =
        "SELECT request_hash AS RequestHash, created AS Created, body AS Body FROM idempotency_keys WHERE scope_key = @ScopeKey AND idempotency_key = @IdempotencyKey";
    internal const string InsertSql =
        """
        INSERT INTO idempotency_keys (scope_key, idempotency_key, request_hash, created, body, created_at)
        VALUES (@ScopeKey, @IdempotencyKey, @RequestHash, @Created, @Body, @CreatedAt)
        """;

    public Task<StoredResponse?> FindAsync(string scopeKey, string idempotencyKey, CancellationToken cancellationToken) =>
        db.QuerySingleOrDefaultAsync<StoredResponse>(FindSql, new { ScopeKey = scopeKey, IdempotencyKey = idempotencyKey }, cancellationToken);

    public async Task InsertAsync(string scopeKey, string idempotencyKey, StoredResponse response, DateTimeOffset at, CancellationToken cancellationToken)
    {
        try
        {
            await db.ExecuteAsync(InsertSql, new
            {
                ScopeKey = scopeKey, IdempotencyKey = idempotencyKey, response.RequestHash, response.Created, response.Body, CreatedAt = at,
            }, cancellationToken);
        }
        catch (Exception ex) when (db.Dialect.IsUniqueViolation(ex))
        {
            throw new ConflictException("Another request with this Idempotency-Key is being processed; retry to get its response.");
        }
    }
}
