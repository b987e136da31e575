using Npgsql;

namespace PerfEval.Api.Tests.Infrastructure;

/// <summary>
/// The streaming standby that tests/run.sh makes of the test cluster with pg_basebackup -R (PERFEVAL_TEST_PG_STANDBY).
/// Its absence is a failure, never a skip. A database created on the primary appears on the standby once replayed.
/// </summary>
public static class TestStandby
{
    public const string EnvironmentVariable = "PERFEVAL_TEST_PG_STANDBY";

    /// <summary>The application name the product's replica connections carry in these tests (seen in pg_stat_activity).</summary>
    public const string ReplicaApplicationName = "perfeval-replica-reads";

    private static string Server => Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } server
        ? server
        : throw new InvalidOperationException($"{EnvironmentVariable} is not set. Run the tests with `bash tests/run.sh`, which starts a standby beside PostgreSQL.");

    /// <summary>The standby's connection string for the same database as <paramref name="primaryConnectionString"/>.</summary>
    public static string ConnectionStringFor(string primaryConnectionString) =>
        new NpgsqlConnectionStringBuilder(Server)
        {
            Database = new NpgsqlConnectionStringBuilder(primaryConnectionString).Database,
            ApplicationName = ReplicaApplicationName,
            Pooling = true,
            MaxPoolSize = 20,
        }.ToString();

    private static string Admin => new NpgsqlConnectionStringBuilder(Server) { Database = "postgres", Pooling = false }.ToString();

    private static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Waits until the standby has replayed everything the primary has written so far.</summary>
    public static async Task CatchUpAsync(string primaryConnectionString)
    {
        var primary = new NpgsqlConnectionStringBuilder(primaryConnectionString) { Pooling = false }.ToString();
        var target = await ScalarAsync<string>(primary, "SELECT pg_current_wal_lsn()::text");
        string replayed = "";
        await Eventually.HoldsAsync(async () =>
        {
            replayed = await ScalarAsync<string>(Admin, "SELECT coalesce(pg_last_wal_replay_lsn()::text, '0/0')");
            return await ScalarAsync<bool>(Admin, $"SELECT pg_last_wal_replay_lsn() >= '{target}'::pg_lsn");
        }, TimeSpan.FromSeconds(60), () => Task.FromResult($"standby replayed {replayed}, primary at {target}"));
    }

    /// <summary>Pauses WAL replay on the standby (its data stops moving) until the returned handle is disposed.</summary>
    public static async Task<IAsyncDisposable> PauseReplayAsync()
    {
        await ExecuteAsync(Admin, "SELECT pg_wal_replay_pause()");
        await Eventually.HoldsAsync(async () => await ScalarAsync<string>(Admin, "SELECT pg_get_wal_replay_pause_state()") == "paused",
            TimeSpan.FromSeconds(30), () => Task.FromResult("replay did not pause"));
        return new ResumeOnDispose();
    }

    private sealed class ResumeOnDispose : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await ExecuteAsync(Admin, "SELECT pg_wal_replay_resume()");
    }

    /// <summary>The last statement of each connection the product holds open to <paramref name="database"/> on the standby.</summary>
    public static async Task<IReadOnlyList<string>> ReplicaSessionQueriesAsync(string database)
    {
        await using var connection = new NpgsqlConnection(Admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT query FROM pg_stat_activity WHERE datname = @Database AND application_name = @Name", connection);
        command.Parameters.AddWithValue("Database", database);
        command.Parameters.AddWithValue("Name", ReplicaApplicationName);
        var queries = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) queries.Add(reader.GetString(0));
        return queries;
    }
}
