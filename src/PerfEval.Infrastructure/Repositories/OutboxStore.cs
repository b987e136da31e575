using PerfEval.Infrastructure.Database;

namespace PerfEval.Infrastructure.Repositories;

public sealed class OutboxRow
{
    public long Id { get; init; }
    public string Kind { get; init; } = "";
    public string AgencyId { get; init; } = "";
    public int FiscalYear { get; init; }
    public int Version { get; init; }
    public int Attempts { get; init; }
}

/// <summary>Claims and completes outbox rows for the dispatcher; a claim is a lease that expires.</summary>
public sealed class OutboxStore(DbSession db)
{
    internal const string MarkDispatchedSql = "UPDATE outbox SET dispatched_at = @Now, last_error = NULL WHERE id = @Id";
    internal const string RecordErrorSql = "UPDATE outbox SET last_error = @Error WHERE id = @Id";
    internal const string PendingCountSql = "SELECT COUNT(*) FROM outbox WHERE dispatched_at IS NULL";

    public async Task<IReadOnlyList<OutboxRow>> ClaimAsync(int limit, TimeSpan lease, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await db.BeginAsync(cancellationToken);
        var rows = await db.QueryAsync<OutboxRow>(db.Dialect.ClaimOutboxSql,
            new { Limit = limit, Now = Timestamps.ToDb(now), ClaimedUntil = Timestamps.ToDb(now + lease) }, cancellationToken);
        await db.CommitAsync(cancellationToken);
        return rows;
    }

    public Task MarkDispatchedAsync(long id, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.ExecuteAsync(MarkDispatchedSql, new { Id = id, Now = Timestamps.ToDb(now) }, cancellationToken);

    public Task RecordErrorAsync(long id, string error, CancellationToken cancellationToken) =>
        db.ExecuteAsync(RecordErrorSql, new { Id = id, Error = error.Length > 2000 ? error[..2000] : error }, cancellationToken);

    public Task<int> PendingCountAsync(CancellationToken cancellationToken) =>
        db.QuerySingleOrDefaultAsync<int>(PendingCountSql, null, cancellationToken);
}
