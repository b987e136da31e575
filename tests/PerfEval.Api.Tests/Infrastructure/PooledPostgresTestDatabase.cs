using Npgsql;

namespace PerfEval.Api.Tests.Infrastructure;

/// <summary>
/// A fresh PostgreSQL database that the host reaches through PgBouncer in transaction pooling mode (the pooler that
/// tests/run.sh starts, PERFEVAL_TEST_PG_POOLER). The database itself is created and dropped on the server directly.
/// Its absence is a failure, never a skip.
/// </summary>
public sealed class PooledPostgresTestDatabase : ITestDatabase
{
    public const string EnvironmentVariable = "PERFEVAL_TEST_PG_POOLER";

    private readonly PostgresTestDatabase _database = new();
    private string? _pooler;

    public string Provider => "postgres";

    /// <summary>
    /// Through the pooler, with the two settings transaction pooling needs: no automatic preparation (a server-side
    /// prepared statement lives on one server connection, which the next transaction may not get) and no reset
    /// on close (DISCARD ALL on every return to Npgsql's pool would be a wasted round trip).
    /// </summary>
    public string ConnectionString => new NpgsqlConnectionStringBuilder(_pooler ?? throw new InvalidOperationException("Database not initialised."))
    {
        Database = DatabaseName,
        Pooling = true,
        MaxPoolSize = 40,
        MaxAutoPrepare = 0,
        NoResetOnClose = true,
    }.ToString();

    /// <summary>The same database without the pooler (for the test's own inspection).</summary>
    public string DirectConnectionString => _database.ConnectionString;

    public string DatabaseName => new NpgsqlConnectionStringBuilder(_database.ConnectionString).Database!;

    public static int PoolerPort => new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(EnvironmentVariable)).Port;

    public async Task InitializeAsync()
    {
        _pooler = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(_pooler))
            throw new InvalidOperationException($"{EnvironmentVariable} is not set. Run the tests with `bash tests/run.sh`, which starts PgBouncer beside PostgreSQL.");
        await _database.InitializeAsync();
    }

    public Task DisposeAsync() => _database.DisposeAsync();
}

/// <summary>API and worker (Hangfire) roles, every connection through PgBouncer in transaction mode.</summary>
public sealed class PoolerApp : PerfEvalApp<PooledPostgresTestDatabase>;

/// <summary>The API role only (the test plays the workers with LedgerDriver), through PgBouncer in transaction mode.</summary>
public sealed class ApiOnlyPoolerApp : PerfEvalApp<PooledPostgresTestDatabase>
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["PerfEval:Roles"] = "api" };
}
