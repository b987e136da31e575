using System.Data.Common;
using Npgsql;

namespace PerfEval.Infrastructure.Database;

public sealed class PostgresDialect(NpgsqlDataSource dataSource, int commandTimeoutSeconds) : ISqlDialect
{
    public string Name => "postgres";
    public int CommandTimeoutSeconds => commandTimeoutSeconds;

    public DbConnection CreateConnection() => dataSource.CreateConnection();

    public string Limit(string parameterName) => $"LIMIT {parameterName}";

    public string ClaimDerivationsSql { get; } = OnConflictSql.ClaimDerivations(" FOR UPDATE SKIP LOCKED");

    public string RequeueDerivationsSql(string sourceSelect) => OnConflictSql.RequeueDerivations(sourceSelect);

    public string? MigrationLockSql => "SELECT pg_advisory_xact_lock(7305771)";

    public bool IsUniqueViolation(Exception exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    public string InsertIfAbsent(string table, IReadOnlyList<string> columns, IReadOnlyList<string> keyColumns) =>
        OnConflictSql.InsertIfAbsent(table, columns, keyColumns);

    public string Upsert(string table, IReadOnlyList<string> columns, IReadOnlyList<string> keyColumns) =>
        OnConflictSql.Upsert(table, columns, keyColumns);
}
