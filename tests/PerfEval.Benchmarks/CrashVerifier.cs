using Npgsql;

namespace PerfEval.Benchmarks;

/// <summary>Checks the database after the crash phase, straight with SQL.</summary>
public static class CrashVerifier
{
    private const string VersionsSql = "SELECT agency_id, fiscal_year, version FROM report_versions";
    private const string NotScoredExactlySql =
        "SELECT COUNT(*) FROM report_versions v WHERE (SELECT COUNT(DISTINCT s.profile) FROM score_results s "
        + "WHERE s.agency_id = v.agency_id AND s.fiscal_year = v.fiscal_year AND s.version = v.version) <> @Profiles";
    private const string DuplicateScoresSql =
        "SELECT COUNT(*) FROM (SELECT agency_id, fiscal_year, version, profile FROM score_results GROUP BY agency_id, fiscal_year, version, profile HAVING COUNT(*) > 1) d";
    private const string LedgerNotDoneSql = "SELECT COUNT(*) FROM derivations WHERE state <> 'done'";

    public static async Task<CrashCheck> CheckAsync(string connectionString, IEnumerable<(string AgencyId, int FiscalYear, int Version)> acknowledged,
        CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var stored = new HashSet<(string, int, int)>();
        await using (var command = new NpgsqlCommand(VersionsSql, connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            while (await reader.ReadAsync(cancellationToken)) stored.Add((reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2)));

        var acked = acknowledged.ToHashSet();
        long profiles = PerfEval.Domain.Scoring.ScoringProfiles.All.Count;
        return new CrashCheck(
            acked.Count,
            acked.Count(a => !stored.Contains(a)),
            stored.Count,
            await ScalarAsync(connection, NotScoredExactlySql, profiles, cancellationToken),
            await ScalarAsync(connection, DuplicateScoresSql, null, cancellationToken),
            await ScalarAsync(connection, LedgerNotDoneSql, null, cancellationToken));
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql, long? profiles, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        if (profiles is { } p) command.Parameters.AddWithValue("Profiles", p);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}
