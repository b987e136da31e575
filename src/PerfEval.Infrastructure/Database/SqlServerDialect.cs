using System.Data.Common;
using Hangfire;
using Hangfire.SqlServer;
using Microsoft.Data.SqlClient;

namespace PerfEval.Infrastructure.Database;

/// <summary>The production target of the design card. No SQL Server runs on the build machines; tests parse every
/// statement with Microsoft's T-SQL parser instead.</summary>
/// <param name="replicaConnectionString">A readable secondary (ApplicationIntent=ReadOnly) for lag-tolerant reads, or null.</param>
public sealed class SqlServerDialect(string connectionString, int commandTimeoutSeconds, string? replicaConnectionString = null) : ISqlDialect
{
    public string Name => "sqlserver";
    public int CommandTimeoutSeconds => commandTimeoutSeconds;

    public DbConnection CreateConnection() => new SqlConnection(connectionString);

    public DbConnection? CreateReplicaConnection() => replicaConnectionString is null ? null : new SqlConnection(replicaConnectionString);

    public string Limit(string parameterName) => $"OFFSET 0 ROWS FETCH NEXT {parameterName} ROWS ONLY";

    public string ClaimDerivationsSql =>
        """
        WITH claim AS (
            SELECT TOP (@Limit) agency_id, fiscal_year, version, kind, state, attempts, claim_id, due_at, last_error, updated_at
            FROM derivations WITH (READPAST, UPDLOCK, ROWLOCK)
            WHERE state IN (N'pending', N'running') AND due_at <= @Now
            ORDER BY due_at, agency_id, fiscal_year, version, kind)
        UPDATE claim SET state = N'running', claim_id = @ClaimId, due_at = @LeaseUntil, attempts = attempts + 1, updated_at = @Now
        OUTPUT inserted.agency_id AS AgencyId, inserted.fiscal_year AS FiscalYear, inserted.version AS Version, inserted.kind AS Kind,
               inserted.state AS State, inserted.attempts AS Attempts, inserted.claim_id AS ClaimId, inserted.last_error AS LastError;
        """;

    public string ClaimWebhookDeliveriesSql =>
        """
        WITH claim AS (
            SELECT TOP (@Limit) id, state, claim_id, due_at, attempts, updated_at FROM webhook_deliveries WITH (READPAST, UPDLOCK, ROWLOCK)
            WHERE state IN (N'pending', N'sending') AND due_at <= @Now ORDER BY due_at, id)
        UPDATE claim SET state = N'sending', claim_id = @ClaimId, due_at = @LeaseUntil, attempts = attempts + 1, updated_at = @Now
        OUTPUT inserted.id;
        """;

    // Portable scripts apply here too; a script of the same id in the sqlserver folder replaces one whose SQL truly differs
    // (ALTER TABLE … ADD without COLUMN, NVARCHAR keys of bounded length, conversions of existing data).
    public void UseJobStorage(IGlobalConfiguration configuration, string connectionString, TimeSpan queuePollInterval) =>
        configuration.UseSqlServerStorage(connectionString, new SqlServerStorageOptions
        {
            SchemaName = "hangfire",
            QueuePollInterval = queuePollInterval,
            PrepareSchemaIfNecessary = true,
        });

    public IReadOnlyList<string> MigrationFolders { get; } = ["portable", "sqlserver"];

    // Text that is a key, referenced or indexed must be bounded (an index key holds at most 900 bytes clustered, 1700
    // nonclustered): {key} is NVARCHAR(200) (400 bytes), {short} NVARCHAR(40) for codes (states, periods, kinds,
    // versions), so a composite key of two {key} columns with a few codes stays under 900 bytes; {text} is unbounded.
    public IReadOnlyDictionary<string, string> MigrationTypes { get; } = new Dictionary<string, string>
    {
        ["{instant}"] = "DATETIMEOFFSET(7)", ["{date}"] = "DATE", ["{decimal}"] = "DECIMAL(38, 10)", ["{bool}"] = "BIT", ["{false}"] = "0",
        ["{identity}"] = "BIGINT IDENTITY(1, 1) NOT NULL PRIMARY KEY", ["{key}"] = "NVARCHAR(200)", ["{short}"] = "NVARCHAR(40)", ["{text}"] = "NVARCHAR(MAX)",
    };

    public string CreateMigrationsTableSql =>
        "IF OBJECT_ID(N'schema_migrations') IS NULL CREATE TABLE schema_migrations (id NVARCHAR(200) NOT NULL PRIMARY KEY, checksum NVARCHAR(64) NOT NULL, applied_at NVARCHAR(40) NOT NULL)";

    public string KeyRangeLockHint => " WITH (UPDLOCK, HOLDLOCK)";

    public string OnConflictDoNothing(string keyColumns) => "";

    public string RequeueDerivationsSql(string sourceSelect) =>
        $"MERGE derivations WITH (HOLDLOCK) AS t USING ({sourceSelect}) AS s "
        + "ON t.agency_id = s.agency_id AND t.fiscal_year = s.fiscal_year AND t.version = s.version AND t.kind = s.kind "
        + "WHEN MATCHED THEN UPDATE SET state = N'pending', attempts = 0, due_at = @DueAt, claim_id = NULL, run_id = @RunId, last_error = NULL, updated_at = @Now "
        + "WHEN NOT MATCHED THEN INSERT (agency_id, fiscal_year, version, kind, state, attempts, due_at, claim_id, run_id, last_error, created_at, updated_at) "
        + "VALUES (s.agency_id, s.fiscal_year, s.version, s.kind, N'pending', 0, @DueAt, NULL, @RunId, NULL, @Now, @Now);";

    public string? MigrationLockSql => "EXEC sp_getapplock @Resource = N'perfeval-migrations', @LockMode = N'Exclusive', @LockOwner = N'Transaction', @LockTimeout = 60000";

    // 1205: chosen as the deadlock victim.
    public bool IsTransientConflict(Exception exception) => exception is SqlException { Number: 1205 };

    public bool IsUniqueViolation(Exception exception) =>
        exception is SqlException { Number: 2627 or 2601 };

    public string InsertIfAbsent(string table, IReadOnlyList<string> columns, IReadOnlyList<string> keyColumns) =>
        $"INSERT INTO {table} ({string.Join(", ", columns)}) SELECT {OnConflictSql.Values(columns)} "
        + $"WHERE NOT EXISTS (SELECT 1 FROM {table} WITH (UPDLOCK, HOLDLOCK) WHERE {KeyMatch(keyColumns)})";

    public string Upsert(string table, IReadOnlyList<string> columns, IReadOnlyList<string> keyColumns) =>
        $"MERGE {table} WITH (HOLDLOCK) AS t USING (SELECT {string.Join(", ", columns.Select(c => $"{OnConflictSql.Parameter(c)} AS {c}"))}) AS s "
        + $"ON {string.Join(" AND ", keyColumns.Select(k => $"t.{k} = s.{k}"))} "
        + $"WHEN MATCHED THEN UPDATE SET {string.Join(", ", columns.Except(keyColumns).Select(c => $"{c} = s.{c}"))} "
        + $"WHEN NOT MATCHED THEN INSERT ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select(c => $"s.{c}"))});";

    public string UpsertMany(string table, IReadOnlyList<string> columns, IReadOnlyList<string> keyColumns, int rowCount, IReadOnlyCollection<string>? added = null) =>
        $"MERGE {table} WITH (HOLDLOCK) AS t USING (VALUES {OnConflictSql.RowValues(columns.Count, rowCount)}) AS s ({string.Join(", ", columns)}) "
        + $"ON {string.Join(" AND ", keyColumns.Select(k => $"t.{k} = s.{k}"))} "
        + $"WHEN MATCHED THEN UPDATE SET {string.Join(", ", columns.Except(keyColumns).Select(c => added?.Contains(c) == true ? $"{c} = t.{c} + s.{c}" : $"{c} = s.{c}"))} "
        + $"WHEN NOT MATCHED THEN INSERT ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select(c => $"s.{c}"))});";

    public string InsertManyIfAbsent(string table, IReadOnlyList<string> columns, IReadOnlyList<string> keyColumns, int rowCount) =>
        $"INSERT INTO {table} ({string.Join(", ", columns)}) "
        + $"OUTPUT {string.Join(", ", keyColumns.Select(k => $"inserted.{k} AS {OnConflictSql.Parameter(k)[1..]}"))} "
        + $"SELECT {string.Join(", ", columns.Select(c => $"s.{c}"))} FROM (VALUES {OnConflictSql.RowValues(columns.Count, rowCount)}) AS s ({string.Join(", ", columns)}) "
        + $"WHERE NOT EXISTS (SELECT 1 FROM {table} x WITH (UPDLOCK, HOLDLOCK) WHERE {string.Join(" AND ", keyColumns.Select(k => $"x.{k} = s.{k}"))})";

    private static string KeyMatch(IEnumerable<string> keyColumns) =>
        string.Join(" AND ", keyColumns.Select(k => $"{k} = {OnConflictSql.Parameter(k)}"));

    // JSON_VALUE returns the scalar's text as written; the path quotes the key (keys hold dots, colons and Chinese).
    public string JsonNumberText(string jsonColumn, string keyParameter) => $"JSON_VALUE({jsonColumn}, CONCAT('$.\"', {keyParameter}, '\"'))";

    public (string Join, string Key) JsonObjectKeys(string jsonColumn, string alias) => ($" CROSS APPLY OPENJSON({jsonColumn}) AS {alias}", $"{alias}.[key]");

    // Rowversions below MIN_ACTIVE_ROWVERSION() belong to committed (or rolled back) transactions only.
    public string ChangePosition => "CAST(c.commit_position AS BIGINT)";

    public string ChangeSettled => "c.commit_position < MIN_ACTIVE_ROWVERSION()";

    // T-SQL has no row comparison; the leading range lets the index seek to the cursor's position.
    public string ChangeAfter =>
        "CAST(c.commit_position AS BIGINT) >= @AfterPosition AND (CAST(c.commit_position AS BIGINT) > @AfterPosition OR c.seq > @AfterSeq)";
}
