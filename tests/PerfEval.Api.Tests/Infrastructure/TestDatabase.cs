using Microsoft.Data.Sqlite;
using Npgsql;

namespace PerfEval.Api.Tests.Infrastructure;

/// <summary>A real, empty database for one test class: a SQLite file, or a fresh PostgreSQL database.</summary>
public interface ITestDatabase : IAsyncLifetime
{
    string Provider { get; }
    string ConnectionString { get; }
}

/// <summary>
/// The database of the provider this test run is for: the suite runs once per provider (tests/run.sh sets
/// PERFEVAL_TEST_PROVIDER to sqlite, then postgres, for the classes marked <c>[Trait("Provider", "each")]</c>, then
/// pooler — PostgreSQL through PgBouncer in transaction mode — for those also marked <c>[Trait("Pooler", "too")]</c>);
/// sqlite when unset.
/// </summary>
public sealed class ProviderTestDatabase : ITestDatabase
{
    public const string EnvironmentVariable = "PERFEVAL_TEST_PROVIDER";

    private readonly ITestDatabase _database = (Environment.GetEnvironmentVariable(EnvironmentVariable) ?? "sqlite") switch
    {
        "sqlite" => new SqliteTestDatabase(),
        "postgres" => new PostgresTestDatabase(),
        "pooler" => new PooledPostgresTestDatabase(),
        var other => throw new InvalidOperationException($"{EnvironmentVariable}={other}: expected sqlite, postgres or pooler."),
    };

    public string Provider => _database.Provider;
    public string ConnectionString => _database.ConnectionString;
    public Task InitializeAsync() => _database.InitializeAsync();
    public Task DisposeAsync() => _database.DisposeAsync();
}

public sealed class SqliteTestDatabase : ITestDatabase
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"perfeval-test-{Guid.NewGuid():N}.db");

    public string Provider => "sqlite";
    public string ConnectionString => $"Data Source={_path}";

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            if (File.Exists(_path + suffix)) File.Delete(_path + suffix);
        return Task.CompletedTask;
    }
}

/// <summary>
/// Uses the PostgreSQL server that tests/run.sh starts on 127.0.0.1 (PERFEVAL_TEST_PG). Its absence is a failure,
/// never a skip: a green run must mean the PostgreSQL path was exercised.
/// </summary>
public sealed class PostgresTestDatabase : ITestDatabase
{
    public const string EnvironmentVariable = "PERFEVAL_TEST_PG";
    private readonly string _database = $"perfeval_test_{Guid.NewGuid():N}";
    private string? _server;

    public string Provider => "postgres";

    public string ConnectionString => new NpgsqlConnectionStringBuilder(Server) { Database = _database, Pooling = true, MaxPoolSize = 40 }.ToString();

    private string Server => _server ?? throw new InvalidOperationException("Database not initialised.");

    public async Task InitializeAsync()
    {
        _server = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(_server))
            throw new InvalidOperationException($"{EnvironmentVariable} is not set. Run the tests with `bash tests/run.sh`, which starts PostgreSQL on 127.0.0.1.");
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {_database}", connection);
        await command.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        if (_server is null) return;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
