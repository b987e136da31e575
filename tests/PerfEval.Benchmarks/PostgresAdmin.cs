using Npgsql;

namespace PerfEval.Benchmarks;

/// <summary>The PostgreSQL server the benchmark runs on: a fresh database per phase, and the settings in force.</summary>
public sealed class PostgresAdmin(string adminConnectionString)
{
    public static readonly string[] ReportedSettings =
        ["server_version", "fsync", "synchronous_commit", "full_page_writes", "wal_sync_method", "shared_buffers", "max_connections", "max_wal_size", "checkpoint_timeout"];

    public async Task<string> CreateDatabaseAsync(string name, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync(cancellationToken);
        foreach (var sql in new[] { $"DROP DATABASE IF EXISTS {name} WITH (FORCE)", $"CREATE DATABASE {name}" })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        return new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name }.ConnectionString;
    }

    public async Task<IReadOnlyDictionary<string, string>> SettingsAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync(cancellationToken);
        var settings = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in ReportedSettings)
        {
            await using var command = new NpgsqlCommand($"SHOW {name}", connection);
            settings[name] = (string)(await command.ExecuteScalarAsync(cancellationToken))!;
        }
        return settings;
    }
}
