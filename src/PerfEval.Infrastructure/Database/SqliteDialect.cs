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
    public string ClaimDerivationsSql =>
        """
        UPDATE derivations SET state = 'running', claim_id = @ClaimId, due_at = @LeaseUntil, attempts = attempts + 1, updated_at = @Now
        WHERE (agency_id, fiscal_year, version, kind) IN (
            SELECT agency_id, fiscal_year, version, kind FROM derivations
            WHERE state IN ('pending', 'running') AND due_at <= @Now
            ORDER BY due_at, agency_id, fiscal_year, version, kind LIMIT @Limit)
        RETURNING agency_id AS AgencyId, fiscal_year AS FiscalYear, version AS Version, kind AS Kind, state AS State,
                  attempts AS Attempts, claim_id AS ClaimId, last_error AS LastError
        """;

    public string RequeueDerivationsSql(string sourceSelect) =>
        "INSERT INTO derivations (agency_id, fiscal_year, version, kind, state, attempts, due_at, claim_id, run_id, last_error, created_at, updated_at) "
        + $"SELECT s.agency_id, s.fiscal_year, s.version, s.kind, 'pending', 0, @Now, NULL, @RunId, NULL, @Now, @Now FROM ({sourceSelect}) s WHERE 1 = 1 "
        + "ON CONFLICT (agency_id, fiscal_year, version, kind) DO UPDATE SET state = 'pending', attempts = 0, due_at = excluded.due_at, "
        + "claim_id = NULL, run_id = excluded.run_id, last_error = NULL, updated_at = excluded.updated_at";

    public string? MigrationLockSql => null;

    public bool IsUniqueViolation(Exception exception) =>
        exception is SqliteException { SqliteErrorCode: 19 };

    public string InsertIfAbsent(string table, IReadOnlyList<string> columns, IReadOnlyList<string> keyColumns) =>
        OnConflictSql.InsertIfAbsent(table, columns, keyColumns);

    public string Upsert(string table, IReadOnlyList<string> columns, IReadOnlyList<string> keyColumns) =>
        OnConflictSql.Upsert(table, columns, keyColumns);
}
