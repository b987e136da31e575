using System.Data.Common;
using Npgsql;

namespace PerfEval.Infrastructure.Database;

public sealed class PostgresDialect(NpgsqlDataSource dataSource, int commandTimeoutSeconds) : ISqlDialect
{
    public string Name => "postgres";
    public int CommandTimeoutSeconds => commandTimeoutSeconds;

    public DbConnection CreateConnection() => dataSource.CreateConnection();

    public string Limit(string parameterName) => $"LIMIT {parameterName}";

    public string ClaimOutboxSql =>
        """
        UPDATE outbox SET claimed_until = @ClaimedUntil, attempts = attempts + 1
        WHERE id IN (SELECT id FROM outbox WHERE dispatched_at IS NULL AND (claimed_until IS NULL OR claimed_until < @Now)
                     ORDER BY id LIMIT @Limit FOR UPDATE SKIP LOCKED)
        RETURNING id AS Id, kind AS Kind, agency_id AS AgencyId, fiscal_year AS FiscalYear, version AS Version, attempts AS Attempts
        """;

    public string? MigrationLockSql => "SELECT pg_advisory_xact_lock(7305771)";

    public bool IsUniqueViolation(Exception exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    public string InsertIfAbsent(string table, IReadOnlyList<string> columns, IReadOnlyList<string> keyColumns) =>
        OnConflictSql.InsertIfAbsent(table, columns, keyColumns);

    public string Upsert(string table, IReadOnlyList<string> columns, IReadOnlyList<string> keyColumns) =>
        OnConflictSql.Upsert(table, columns, keyColumns);
}
