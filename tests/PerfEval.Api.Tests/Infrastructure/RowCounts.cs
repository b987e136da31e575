using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace PerfEval.Api.Tests.Infrastructure;

/// <summary>Rows of every table a client request can write, read straight from the real database ("nothing was written").</summary>
public static class RowCounts
{
    private static readonly string[] ClientWrittenTables =
        ["regions", "agencies", "api_keys", "reports", "report_versions", "report_findings", "idempotency_keys", "declarations", "declaration_versions", "monitoring_thresholds", "monitoring_versions", "monitoring_reports", "scoring_profiles", "region_headline_profiles", "rescore_runs"];

    private static readonly string Sql = "SELECT " + string.Join(", ", ClientWrittenTables.Select(t => $"(SELECT COUNT(*) FROM {t})"));

    public static async Task<string> ReadAsync(IPerfEvalApp app)
    {
        await using DbConnection connection = app.Provider == "postgres"
            ? new NpgsqlConnection(app.ConnectionString)
            : new SqliteConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = Sql;
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return string.Join(", ", ClientWrittenTables.Select((table, i) => $"{table}={reader.GetInt64(i)}"));
    }
}
