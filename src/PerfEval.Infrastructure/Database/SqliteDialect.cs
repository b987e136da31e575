using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace PerfEval.Infrastructure.Database;

public sealed class SqliteDialect(string connectionString, int commandTimeoutSeconds) : ISqlDialect
{
    public string Name => "sqlite";

    public bool InsertsRowByRow => true;
    public int CommandTimeoutSeconds => commandTimeoutSeconds;

    public DbConnection CreateConnection() => new SqliteConnection(connectionString);

    public string Limit(string parameterName) => $"LIMIT {parameterName}";

    // SQLite has one writer at a time (BEGIN IMMEDIATE), so a plain update-then-read inside the transaction is a claim.
    public string ClaimDerivationsSql { get; } = OnConflictSql.ClaimDerivations("");

    public string RequeueDerivationsSql(string sourceSelect) => OnConflictSql.RequeueDerivations(sourceSelect);

    public string ClaimWebhookDeliveriesSql { get; } = OnConflictSql.ClaimWebhookDeliveries("");

    public string? MigrationLockSql => null;

    public IReadOnlyList<string> MigrationFolders { get; } = ["portable", "sqlite"];

    // Readers do not wait for the writer (workers and requests share the file).
    public string? DatabaseSetupSql => "PRAGMA journal_mode=WAL";

    // SQLITE_BUSY (5) and SQLITE_LOCKED (6): another connection held the write lock past the busy timeout.
    public bool IsTransientConflict(Exception exception) =>
        exception is SqliteException { SqliteErrorCode: 5 or 6 };

    public bool IsUniqueViolation(Exception exception) =>
        exception is SqliteException { SqliteErrorCode: 19 };

    public string InsertIfAbsent(string table, IReadOnlyList<string> columns, IReadOnlyList<string> keyColumns) =>
        OnConflictSql.InsertIfAbsent(table, columns, keyColumns);

    public string Upsert(string table, IReadOnlyList<string> columns, IReadOnlyList<string> keyColumns) =>
        OnConflictSql.Upsert(table, columns, keyColumns);

    public string UpsertMany(string table, IReadOnlyList<string> columns, IReadOnlyList<string> keyColumns, int rowCount) =>
        OnConflictSql.UpsertMany(table, columns, keyColumns, rowCount);

    public string InsertManyIfAbsent(string table, IReadOnlyList<string> columns, IReadOnlyList<string> keyColumns, int rowCount) =>
        OnConflictSql.InsertManyIfAbsent(table, columns, keyColumns, rowCount);

    // One write transaction at a time: sequence values are allocated in commit order.
    public string ChangePosition => "c.seq";

    public string ChangeSettled => "1 = 1";

    // The position is the sequence itself.
    public string ChangeAfter => "(c.seq > @AfterPosition OR (c.seq = @AfterPosition AND c.seq > @AfterSeq))";
}
