using System.Data.Common;
using Npgsql;

namespace PerfEval.Infrastructure.Database;

public sealed class PostgresDialect(NpgsqlDataSource dataSource, int commandTimeoutSeconds) : ISqlDialect
{
    public string Name => "postgres";
    public int CommandTimeoutSeconds => commandTimeoutSeconds;

    public DbConnection CreateConnection() => dataSource.CreateConnection();

    public string Limit(string parameterName) => $"LIMIT {parameterName}";

    public string ClaimDerivationsSql =>
        """
        UPDATE derivations SET state = 'running', claim_id = @ClaimId, due_at = @LeaseUntil, attempts = attempts + 1, updated_at = @Now
        WHERE (agency_id, fiscal_year, version, kind) IN (
            SELECT agency_id, fiscal_year, version, kind FROM derivations
            WHERE state IN ('pending', 'running') AND due_at <= @Now
            ORDER BY due_at, agency_id, fiscal_year, version, kind LIMIT @Limit FOR UPDATE SKIP LOCKED)
        RETURNING agency_id AS AgencyId, fiscal_year AS FiscalYear, version AS Version, kind AS Kind, state AS State,
                  attempts AS Attempts, claim_id AS ClaimId, last_error AS LastError
        """;

    public string RequeueDerivationsSql(string sourceSelect) =>
        "INSERT INTO derivations (agency_id, fiscal_year, version, kind, state, attempts, due_at, claim_id, run_id, last_error, created_at, updated_at) "
        + $"SELECT s.agency_id, s.fiscal_year, s.version, s.kind, 'pending', 0, @Now, NULL, @RunId, NULL, @Now, @Now FROM ({sourceSelect}) s WHERE 1 = 1 "
        + "ON CONFLICT (agency_id, fiscal_year, version, kind) DO UPDATE SET state = 'pending', attempts = 0, due_at = excluded.due_at, "
        + "claim_id = NULL, run_id = excluded.run_id, last_error = NULL, updated_at = excluded.updated_at";

    public string? MigrationLockSql => "SELECT pg_advisory_xact_lock(7305771)";

    public bool IsUniqueViolation(Exception exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    public string InsertIfAbsent(string table, IReadOnlyList<string> columns, IReadOnlyList<string> keyColumns) =>
        OnConflictSql.InsertIfAbsent(table, columns, keyColumns);

    public string Upsert(string table, IReadOnlyList<string> columns, IReadOnlyList<string> keyColumns) =>
        OnConflictSql.Upsert(table, columns, keyColumns);

    // commit_position is the writing transaction's id; every transaction below the snapshot's xmin has ended, so the
    // rows served are final and later ones sort after them (a long-running writer delays the feed but loses nothing).
    public string ChangePosition => "c.commit_position";

    public string ChangeSettled => "c.commit_position < pg_snapshot_xmin(pg_current_snapshot())::text::bigint";
}
