using System.Data.Common;

namespace PerfEval.Infrastructure.Database;

/// <summary>
/// The few places where SQLite, PostgreSQL and SQL Server differ. Everything else is one parameterised SQL text
/// shared by all three (see the *Sql classes next to the repositories). The defaults are the INSERT … ON CONFLICT family
/// SQLite and PostgreSQL share (and a PostgreSQL-compatible database inherits); SQL Server replaces them.
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
    string RequeueDerivationsSql(string sourceSelect) => OnConflictSql.RequeueDerivations(sourceSelect);

    /// <summary>
    /// Claims up to @Limit due webhook deliveries (pending, or sending with an expired lease) for @ClaimId until
    /// @LeaseUntil, skipping rows another worker holds; returns the claimed ids.
    /// </summary>
    string ClaimWebhookDeliveriesSql { get; }

    /// <summary>A statement that serialises concurrent migration runners for the current transaction.</summary>
    string? MigrationLockSql { get; }

    /// <summary>The folders of embedded migration scripts, in precedence order: a later folder's script replaces an earlier one of the same id.</summary>
    IReadOnlyList<string> MigrationFolders { get; }

    /// <summary>
    /// The column types a portable migration names by token ({instant}, {date}, {decimal}, {bool}, {false}, {identity},
    /// {key}, {short}, {text}), expanded by <see cref="MigrationRunner"/> before the script runs and before its checksum is
    /// taken. Text columns: {key} for keys and referenced or indexed text, {short} for codes (states, periods, kinds,
    /// versions, and the text instants of the first scripts), {text} for free text and documents.
    /// </summary>
    IReadOnlyDictionary<string, string> MigrationTypes { get; }

    /// <summary>Creates the table of applied migrations when it does not exist.</summary>
    string CreateMigrationsTableSql => "CREATE TABLE IF NOT EXISTS schema_migrations (id TEXT NOT NULL PRIMARY KEY, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)";

    /// <summary>Run once on the migration connection before the scripts (e.g. SQLite's write-ahead log), or null.</summary>
    string? DatabaseSetupSql => null;

    /// <summary>
    /// The table hint that makes a NOT EXISTS probe hold the key range until the transaction ends, so that two
    /// transactions cannot both insert the same key ("" where <see cref="OnConflictDoNothing"/> is the wall).
    /// </summary>
    string KeyRangeLockHint => "";

    /// <summary>The clause that turns a duplicate key into no row inserted ("" where <see cref="KeyRangeLockHint"/> does it).</summary>
    string OnConflictDoNothing(string keyColumns) => $" ON CONFLICT ({keyColumns}) DO NOTHING";

    bool IsUniqueViolation(Exception exception);

    /// <summary>The transaction lost a conflict with a concurrent one (deadlock victim, serialization failure, busy file) and wrote nothing.</summary>
    bool IsTransientConflict(Exception exception);

    /// <summary>
    /// True when many rows insert fastest as one prepared single-row statement executed per row (SQLite, in-process:
    /// wide statements make it resolve thousands of named parameters while the write lock is held); false for servers,
    /// where each statement is a round trip.
    /// </summary>
    bool InsertsRowByRow => false;

    /// <summary>
    /// True when writes whose row counts nobody reads are worth holding and sending together (see
    /// <see cref="DbSession.DeferAsync"/>): on a server each statement costs a round trip; SQLite runs in process.
    /// </summary>
    bool BatchesWrites => !InsertsRowByRow;

    /// <summary>INSERT of one row that does nothing when a row with the same key exists (safe under concurrency).</summary>
    string InsertIfAbsent(string table, IReadOnlyList<string> columns, IReadOnlyList<string> keyColumns) =>
        OnConflictSql.InsertIfAbsent(table, columns, keyColumns);

    /// <summary>INSERT of one row, or UPDATE of the non-key columns when a row with the same key exists.</summary>
    string Upsert(string table, IReadOnlyList<string> columns, IReadOnlyList<string> keyColumns) =>
        OnConflictSql.Upsert(table, columns, keyColumns);

    /// <summary>
    /// Upsert of <paramref name="rowCount"/> rows in one statement; row r's column c is the parameter <c>@p{r}_{c}</c>.
    /// The rows must have distinct keys. A column in <paramref name="added"/> is added to the stored value instead of
    /// replacing it (a kept total moved by a difference).
    /// </summary>
    string UpsertMany(string table, IReadOnlyList<string> columns, IReadOnlyList<string> keyColumns, int rowCount, IReadOnlyCollection<string>? added = null) =>
        OnConflictSql.UpsertMany(table, columns, keyColumns, rowCount, added);

    /// <summary>
    /// Insert of <paramref name="rowCount"/> rows in one statement that skips rows whose key exists (safe under
    /// concurrency) and returns the key columns, as PascalCase names, of the rows it inserted.
    /// </summary>
    string InsertManyIfAbsent(string table, IReadOnlyList<string> columns, IReadOnlyList<string> keyColumns, int rowCount) =>
        OnConflictSql.InsertManyIfAbsent(table, columns, keyColumns, rowCount);

    /// <summary>The membership test of a column against a list parameter: Dapper expands <c>IN @List</c> into one
    /// parameter per item; PostgreSQL takes the list as one array parameter (<c>= ANY(@List)</c>).</summary>
    string InList(string parameterName) => $"IN {parameterName}";

    /// <summary>
    /// True when many rows are written fastest as one statement over array parameters (INSERT … SELECT FROM UNNEST), as
    /// PostgreSQL and its compatible family do; false where rows go as multi-row VALUES.
    /// </summary>
    bool WritesRowsAsArrays => false;

    /// <summary>
    /// The text of the number stored under the key <paramref name="keyParameter"/> of the JSON object in
    /// <paramref name="jsonColumn"/> (NULL when absent), exactly as written, so that it is read back as a decimal without
    /// passing through a double (SQLite's <c>-&gt;</c> returns the JSON text of the value).
    /// </summary>
    string JsonNumberText(string jsonColumn, string keyParameter) => $"({jsonColumn} -> ('$.\"' || {keyParameter} || '\"'))";

    /// <summary>
    /// A join that yields one row per key of the JSON object in <paramref name="jsonColumn"/>, and the expression of that
    /// key (SQLite's <c>json_each</c>).
    /// </summary>
    (string Join, string Key) JsonObjectKeys(string jsonColumn, string alias) => ($" CROSS JOIN json_each({jsonColumn}) AS {alias}", $"{alias}.key");

    /// <summary>Puts Hangfire's job storage in this database (or in memory where the database cannot host it).</summary>
    void UseJobStorage(Hangfire.IGlobalConfiguration configuration, string connectionString, TimeSpan queuePollInterval);

    /// <summary>The change feed's order key of a row of <c>changes c</c>, as a 64-bit integer.</summary>
    string ChangePosition { get; }

    /// <summary>
    /// A predicate true only for rows of <c>changes c</c> that no transaction still running can precede, so that a reader
    /// who has served a position never sees a row appear before it later.
    /// </summary>
    string ChangeSettled { get; }

    /// <summary>
    /// A predicate true for rows of <c>changes c</c> after the cursor (<c>@AfterPosition</c>, <c>@AfterSeq</c>) in feed
    /// order, written so that the index on the order key can start at the cursor instead of filtering every row before it.
    /// </summary>
    string ChangeAfter { get; }
}
