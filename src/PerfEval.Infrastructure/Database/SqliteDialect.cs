using System.Data.Common;
using Hangfire;
using Hangfire.InMemory;
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

    public string ClaimWebhookDeliveriesSql { get; } = OnConflictSql.ClaimWebhookDeliveries("");

    public string? MigrationLockSql => null;

    public IReadOnlyList<string> MigrationFolders { get; } = ["portable", "sqlite"];

    // SQLite has no instant, date or decimal column types: instants are fixed-width ISO 8601 UTC text, dates ISO text,
    // decimals their invariant text (exact; compared in C#), booleans 0/1.
    public IReadOnlyDictionary<string, string> MigrationTypes { get; } = new Dictionary<string, string>
    {
        ["{instant}"] = "TEXT", ["{date}"] = "TEXT", ["{decimal}"] = "TEXT", ["{bool}"] = "INTEGER", ["{false}"] = "0",
        ["{identity}"] = "INTEGER PRIMARY KEY AUTOINCREMENT", ["{key}"] = "TEXT", ["{short}"] = "TEXT", ["{text}"] = "TEXT",
    };

    // Readers do not wait for the writer (workers and requests share the file).
    public string? DatabaseSetupSql => "PRAGMA journal_mode=WAL";

    // SQLITE_BUSY (5) and SQLITE_LOCKED (6): another connection held the write lock past the busy timeout.
    public bool IsTransientConflict(Exception exception) =>
        exception is SqliteException { SqliteErrorCode: 5 or 6 };

    public bool IsUniqueViolation(Exception exception) =>
        exception is SqliteException { SqliteErrorCode: 19 };

    // SQLite cannot host Hangfire's storage; the embedded default runs its jobs in memory (the ledger, which is durable,
    // re-claims whatever a lost in-memory job held once its lease ends).
    public void UseJobStorage(IGlobalConfiguration configuration, string connectionString, TimeSpan queuePollInterval) =>
        configuration.UseInMemoryStorage(new InMemoryStorageOptions());

    // One write transaction at a time: sequence values are allocated in commit order.
    public string ChangePosition => "c.seq";

    public string ChangeSettled => "1 = 1";

    // The position is the sequence itself.
    public string ChangeAfter => "(c.seq > @AfterPosition OR (c.seq = @AfterPosition AND c.seq > @AfterSeq))";
}
