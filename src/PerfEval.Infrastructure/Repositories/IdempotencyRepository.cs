using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Infrastructure.Database;

namespace PerfEval.Infrastructure.Repositories;

public sealed class IdempotencyRepository(DbSession db) : IIdempotencyRepository
{
    internal const string FindSql =
        """
        SELECT request_hash AS RequestHash, status_code AS StatusCode, body AS Body, etag AS ETag, location AS Location
        FROM idempotency_keys WHERE scope_key = @ScopeKey AND idempotency_key = @IdempotencyKey
        """;
    internal const string InsertSql =
        """
        INSERT INTO idempotency_keys (scope_key, idempotency_key, request_hash, status_code, body, etag, location, created_at)
        VALUES (@ScopeKey, @IdempotencyKey, @RequestHash, @StatusCode, @Body, @ETag, @Location, @CreatedAt)
        """;

    public async Task<(string RequestHash, StoredResponse Response)?> FindAsync(string scopeKey, string idempotencyKey, CancellationToken cancellationToken)
    {
        var row = await db.QuerySingleOrDefaultAsync<Row>(FindSql, new { ScopeKey = scopeKey, IdempotencyKey = idempotencyKey }, cancellationToken);
        return row is null ? null : (row.RequestHash, new StoredResponse(row.StatusCode, row.Body, row.ETag, row.Location));
    }

    public async Task InsertAsync(string scopeKey, string idempotencyKey, string requestHash, StoredResponse response, DateTimeOffset at, CancellationToken cancellationToken)
    {
        try
        {
            await db.ExecuteAsync(InsertSql, new
            {
                ScopeKey = scopeKey, IdempotencyKey = idempotencyKey, RequestHash = requestHash, response.StatusCode, response.Body,
                response.ETag, response.Location, CreatedAt = Timestamps.ToDb(at),
            }, cancellationToken);
        }
        catch (Exception ex) when (db.Dialect.IsUniqueViolation(ex))
        {
            throw new ConflictException("Another request with this Idempotency-Key is being processed; retry to get its response.");
        }
    }

    private sealed class Row
    {
        public string RequestHash { get; init; } = "";
        public int StatusCode { get; init; }
        public string Body { get; init; } = "";
        public string? ETag { get; init; }
        public string? Location { get; init; }
    }
}
