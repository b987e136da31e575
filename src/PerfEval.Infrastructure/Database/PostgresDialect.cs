using System.Data.Common;
using Hangfire;
using Hangfire.PostgreSql;
using Npgsql;

namespace PerfEval.Infrastructure.Database;

/// <summary>
/// PostgreSQL, and the base of its wire-compatible family (KingbaseES, openGauss …): a member derives from this class,
/// overrides <see cref="Name"/> and whatever its server does differently, and gets one case in
/// <c>DependencyInjection.CreateDialect</c>.
/// </summary>
/// <param name="replicaDataSource">A hot standby (streaming replica) for lag-tolerant reads, or null.</param>
public class PostgresDialect(NpgsqlDataSource dataSource, int commandTimeoutSeconds, NpgsqlDataSource? replicaDataSource = null) : ISqlDialect
{
    public virtual string Name => "postgres";
    public int CommandTimeoutSeconds => commandTimeoutSeconds;

    public DbConnection CreateConnection() => dataSource.CreateConnection();

    public DbConnection? CreateReplicaConnection() => replicaDataSource?.CreateConnection();

    public string Limit(string parameterName) => $"LIMIT {parameterName}";

    public string ClaimDerivationsSql { get; } = OnConflictSql.ClaimDerivations(" FOR UPDATE SKIP LOCKED");

    public string ClaimWebhookDeliveriesSql { get; } = OnConflictSql.ClaimWebhookDeliveries(" FOR UPDATE SKIP LOCKED");

    public string? MigrationLockSql => "SELECT pg_advisory_xact_lock(7305771)";

    public IReadOnlyList<string> MigrationFolders { get; } = ["portable", "postgres"];

    public IReadOnlyDictionary<string, string> MigrationTypes { get; } = new Dictionary<string, string>
    {
        ["{instant}"] = "timestamptz", ["{date}"] = "date", ["{decimal}"] = "numeric", ["{bool}"] = "boolean", ["{false}"] = "false",
        ["{identity}"] = "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY", ["{key}"] = "TEXT", ["{short}"] = "TEXT", ["{text}"] = "TEXT",
    };

    public bool IsTransientConflict(Exception exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure };

    public bool IsUniqueViolation(Exception exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    // commit_position is the writing transaction's id; every transaction below the snapshot's xmin has ended, so the
    // rows served are final and later ones sort after them (a long-running writer delays the feed but loses nothing).
    public string InList(string parameterName) => $"= ANY({parameterName})";

    // The stored JSON columns are text; the cast parses them in the server, and jsonb keeps numbers as numeric.
    public string JsonNumberText(string jsonColumn, string keyParameter) => $"({jsonColumn}::jsonb ->> {keyParameter})";

    public (string Join, string Key) JsonObjectKeys(string jsonColumn, string alias) =>
        ($" CROSS JOIN LATERAL jsonb_object_keys({jsonColumn}::jsonb) AS {alias}(key)", $"{alias}.key");

    public bool WritesRowsAsArrays => true;

    public void UseJobStorage(IGlobalConfiguration configuration, string connectionString, TimeSpan queuePollInterval) =>
        configuration.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(connectionString), new PostgreSqlStorageOptions
        {
            SchemaName = "hangfire",
            QueuePollInterval = queuePollInterval,
            UseSlidingInvisibilityTimeout = true,
            AllowDegradedModeWithoutStorage = false,
            PrepareSchemaIfNecessary = true,
        });

    public string ChangePosition => "c.commit_position";

    // On a hot standby the snapshot is the replayed state's, so the same rule holds there: a writer whose commit has not
    // been replayed yet still counts as running, and a cursor taken from the standby never skips a row.
    public string ChangeSettled => "c.commit_position < pg_snapshot_xmin(pg_current_snapshot())::text::bigint";

    // A row comparison is an index condition on ix_changes_position (commit_position, seq): the scan starts at the
    // cursor. The equivalent OR of two comparisons is only a filter, so a deep page read every row before it.
    public string ChangeAfter => "(c.commit_position, c.seq) > (@AfterPosition, @AfterSeq)";
}
