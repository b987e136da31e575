using System.Data.Common;

namespace PerfEval.Infrastructure.Database;

/// <summary>
/// The few places where SQLite, PostgreSQL and SQL Server differ. Everything else is one parameterised SQL text
/// shared by all three (see the *Sql classes next to the repositories).
/// </summary>
public interface ISqlDialect
{
    string Name { get; }
    DbConnection CreateConnection();
    int CommandTimeoutSeconds { get; }

    /// <summary>
    /// A connection to a read-only copy of the database (PerfEval:Database:ReadConnectionString), or null when none is
    /// configured. Only <see cref="DbSession"/> opens it, for reads whose scope tolerates the copy's lag.
    /// </summary>
    DbConnection? CreateReplicaConnection() => null;

    /// <summary>Row limit clause appended after ORDER BY.</summary>
    string Limit(string parameterName);

    /// <summary>
    /// Claims up to @Limit due ledger rows (pending, or running with an expired lease) for @ClaimId until @LeaseUntil,
    /// so that concurrent dispatchers never take the same row; returns the claimed rows.
    /// </summary>
    string ClaimDerivationsSql { get; }

    /// <summary>
    /// Inserts ledger rows from a SELECT of (agency_id, fiscal_year, version, kind) in a rescore, or resets existing
    /// rows of the same key to pending (attempts, error and claim cleared) under @RunId, due at @DueAt.
    /// </summary>
    string RequeueDerivationsSql(string sourceSelect);

    /// <summary>A statement that serialises concurrent migration runners for the current transaction.</summary>
    string? MigrationLockSql { get; }

    bool IsUniqueViolation(Exception exception);

    /// <summary>
    /// True when many rows insert fastest as one prepared single-row statement executed per row (SQLite, in-process:
    /// wide statements make it resolve thousands of named parameters while the write lock is held); false for servers,
    /// where each statement is a round trip.
    /// </summary>
    bool InsertsRowByRow => false;

    /// <summary>INSERT of one row that does nothing when a row with the same key exists (safe under concurrency).</summary>
    string InsertIfAbsent(string table, IReadOnlyList<string> columns, IReadOnlyList<string> keyColumns);

    /// <summary>INSERT of one row, or UPDATE of the non-key columns when a row with the same key exists.</summary>
    string Upsert(string table, IReadOnlyList<string> columns, IReadOnlyList<string> keyColumns);

    /// <summary>
    /// Upsert of <paramref name="rowCount"/> rows in one statement; row r's column c is the parameter <c>@p{r}_{c}</c>.
    /// The rows must have distinct keys.
    /// </summary>
    string UpsertMany(string table, IReadOnlyList<string> columns, IReadOnlyList<string> keyColumns, int rowCount);

    /// <summary>
    /// Insert of <paramref name="rowCount"/> rows in one statement that skips rows whose key exists (safe under
    /// concurrency) and returns the key columns, as PascalCase names, of the rows it inserted.
    /// </summary>
    string InsertManyIfAbsent(string table, IReadOnlyList<string> columns, IReadOnlyList<string> keyColumns, int rowCount);

    /// <summary>The change feed's order key of a row of <c>changes c</c>, as a 64-bit integer.</summary>
    string ChangePosition { get; }

    /// <summary>
    /// A predicate true only for rows of <c>changes c</c> that no transaction still running can precede, so that a reader
    /// who has served a position never sees a row appear before it later.
    /// </summary>
    string ChangeSettled { get; }
}
