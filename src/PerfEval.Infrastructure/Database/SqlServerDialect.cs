using System.Data.Common;
using Microsoft.Data.SqlClient;

namespace PerfEval.Infrastructure.Database;

/// <summary>The production target of the design card. No SQL Server runs on the build machines; tests parse every
/// statement with Microsoft's T-SQL parser instead.</summary>
public sealed class SqlServerDialect(string connectionString, int commandTimeoutSeconds) : ISqlDialect
{
    public string Name => "sqlserver";
    public int CommandTimeoutSeconds => commandTimeoutSeconds;

    public DbConnection CreateConnection() => new SqlConnection(connectionString);

    public string Limit(string parameterName) => $"OFFSET 0 ROWS FETCH NEXT {parameterName} ROWS ONLY";

    public string ClaimOutboxSql =>
        """
        WITH claim AS (
            SELECT TOP (@Limit) id, kind, agency_id, fiscal_year, version, attempts, claimed_until
            FROM outbox WITH (READPAST, UPDLOCK, ROWLOCK)
            WHERE dispatched_at IS NULL AND (claimed_until IS NULL OR claimed_until < @Now)
            ORDER BY id)
        UPDATE claim SET claimed_until = @ClaimedUntil, attempts = attempts + 1
        OUTPUT inserted.id AS Id, inserted.kind AS Kind, inserted.agency_id AS AgencyId, inserted.fiscal_year AS FiscalYear,
               inserted.version AS Version, inserted.attempts AS Attempts;
        """;

    public string? MigrationLockSql => "EXEC sp_getapplock @Resource = N'perfeval-migrations', @LockMode = N'Exclusive', @LockOwner = N'Transaction', @LockTimeout = 60000";

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

    private static string KeyMatch(IEnumerable<string> keyColumns) =>
        string.Join(" AND ", keyColumns.Select(k => $"{k} = {OnConflictSql.Parameter(k)}"));
}
