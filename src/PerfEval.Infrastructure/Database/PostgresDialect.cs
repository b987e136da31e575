using System.Data.Common;
using Npgsql;

namespace PerfEval.Infrastructure.Database;

/// <param name="replicaDataSource">A hot standby (streaming replica) for lag-tolerant reads, or null.</param>
public sealed class PostgresDialect(NpgsqlDataSource dataSource, int commandTimeoutSeconds, NpgsqlDataSource? replicaDataSource = null) : ISqlDialect
{
    public string Name => "postgres";
    public int CommandTimeoutSeconds => commandTimeoutSeconds;

    public DbConnection CreateConnection() => dataSource.CreateConnection();

    public DbConnection? CreateReplicaConnection() => replicaDataSource?.CreateConnection();

    public string Limit(string parameterName) => $"LIMIT {parameterName}";

    public string ClaimDerivationsSql { get; } = OnConflictSql.ClaimDerivations(" FOR UPDATE SKIP LOCKED");

    public string RequeueDerivationsSql(string sourceSelect) => OnConflictSql.RequeueDerivations(sourceSelect);

    public string ClaimWebhookDeliveriesSql { get; } = OnConflictSql.ClaimWebhookDeliveries(" FOR UPDATE SKIP LOCKED");

    public string? MigrationLockSql => "SELECT pg_advisory_xact_lock(7305771)";

    public IReadOnlyList<string> MigrationFolders { get; } = ["portable", "postgres"];

    public bool IsTransientConflict(Exception exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure };

    public bool IsUniqueViolation(Exception exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    public string InsertIfAbsent(string table, IReadOnlyList<string> columns, IReadOnlyList<string> keyColumns) =>
        OnConflictSql.InsertIfAbsent(table, columns, keyColumns);

    public string Upsert(string table, IReadOnlyList<string> columns, IReadOnlyList<string> keyColumns) =>
        OnConflictSql.Upsert(table, columns, keyColumns);

    public string UpsertMany(string table, IReadOnlyList<string> columns, IReadOnlyList<string> keyColumns, int rowCount) =>
        OnConflictSql.UpsertMany(table, columns, keyColumns, rowCount);

    public string InsertManyIfAbsent(string table, IReadOnlyList<string> columns, IReadOnlyList<string> keyColumns, int rowCount) =>
        OnConflictSql.InsertManyIfAbsent(table, columns, keyColumns, rowCount);

    // commit_position is the writing transaction's id; every transaction below the snapshot's xmin has ended, so the
    // rows served are final and later ones sort after them (a long-running writer delays the feed but loses nothing).
    public string ChangePosition => "c.commit_position";

    // On a hot standby the snapshot is the replayed state's, so the same rule holds there: a writer whose commit has not
    // been replayed yet still counts as running, and a cursor taken from the standby never skips a row.
    public string ChangeSettled => "c.commit_position < pg_snapshot_xmin(pg_current_snapshot())::text::bigint";

    // A row comparison is an index condition on ix_changes_position (commit_position, seq): the scan starts at the
    // cursor. The equivalent OR of two comparisons is only a filter, so a deep page read every row before it.
    public string ChangeAfter => "(c.commit_position, c.seq) > (@AfterPosition, @AfterSeq)";
}
