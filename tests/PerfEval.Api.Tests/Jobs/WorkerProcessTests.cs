using System.Net;
using Npgsql;
using PerfEval.Api.Tests.Infrastructure;
using PerfEval.Application.Derivations;

namespace PerfEval.Api.Tests.Jobs;

/// <summary>API-only host on PostgreSQL for saving; separate worker processes (real OS processes) for the background work.</summary>
public sealed class ApiOnlyPostgresApp : PerfEvalApp<PostgresTestDatabase>
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["PerfEval:Roles"] = "api" };
}

public sealed class WorkerProcessTests(ApiOnlyPostgresApp app) : IClassFixture<ApiOnlyPostgresApp>
{
    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<List<string>> SaveReportsAsync(int count, string prefix)
    {
        var admin = app.Client();
        var agencies = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var agency = $"{prefix}-{i:D4}";
            await admin.CreateAgencyAsync(agency, "430203");
            var put = await admin.PutReportAsync(agency, 2024, Documents.Minimal(2024, total: 100m + i));
            Assert.Equal(HttpStatusCode.Created, put.StatusCode);
            agencies.Add(agency);
        }
        return agencies;
    }

    /// <summary>Rows owed by versions (scores and comparisons); report-year rows (version 0, e.g. dashboard facts) are not counted.</summary>
    private Task<long> PendingAsync(string prefix) =>
        ScalarAsync($"SELECT COUNT(*) FROM derivations WHERE agency_id LIKE '{prefix}-%' AND version > 0 AND state <> 'done'");

    [Fact]
    public async Task Rows_claimed_by_a_worker_that_died_before_enqueueing_are_taken_over_and_every_version_scored_once()
    {
        const string prefix = "crash";
        await SaveReportsAsync(20, prefix);
        Assert.Equal(20 * FollowUps.AfterSave.Count, await PendingAsync(prefix));

        // What a worker that claimed rows and died before enqueueing them leaves behind: the rows running under a claim
        // nobody holds any more, until the claim's lease ends. (The crash check of the test command kills a real
        // worker process with SIGKILL under load; this test pins the state down exactly.)
        Assert.Equal(20 * FollowUps.AfterSave.Count, await ScalarAsync(
            $"WITH dead AS (UPDATE derivations SET state = 'running', claim_id = 'dead-worker', attempts = attempts + 1, due_at = now() + interval '3 seconds' "
            + $"WHERE agency_id LIKE '{prefix}-%' AND version > 0 RETURNING 1) SELECT COUNT(*) FROM dead"));
        Assert.Equal(20 * FollowUps.AfterSave.Count, await PendingAsync(prefix));

        // A restarted worker (its own lease the default, so a slow batch on a busy machine is not taken from it) takes
        // the rows over once the dead worker's lease has expired.
        await using var restarted = WorkerProcess.Start(app.ConnectionString);
        await Eventually.HoldsAsync(async () => await PendingAsync(prefix) == 0, TimeSpan.FromSeconds(90),
            async () => $"{await PendingAsync(prefix)} still pending. Worker output:\n{restarted.Output}");

        Assert.Equal(0, await ScalarAsync(
            $"SELECT COUNT(*) FROM (SELECT agency_id, version, profile FROM score_results WHERE agency_id LIKE '{prefix}-%' GROUP BY agency_id, version, profile HAVING COUNT(*) > 1) d"));
        Assert.Equal(20 * await ProfileCountAsync(prefix), await ScalarAsync($"SELECT COUNT(*) FROM score_results WHERE agency_id LIKE '{prefix}-%'"));
    }

    [Fact]
    public async Task Two_worker_processes_on_one_database_score_500_reports_with_exactly_one_result_each()
    {
        const string prefix = "two";
        await SaveReportsAsync(500, prefix);

        await using var first = WorkerProcess.Start(app.ConnectionString);
        await using var second = WorkerProcess.Start(app.ConnectionString);
        await Eventually.HoldsAsync(async () => await PendingAsync(prefix) == 0, TimeSpan.FromSeconds(240),
            async () => $"{await PendingAsync(prefix)} still pending.\nFirst:\n{first.Output}\nSecond:\n{second.Output}");

        var profiles = await ProfileCountAsync(prefix);
        Assert.True(profiles >= 2);
        Assert.Equal(500 * profiles, await ScalarAsync($"SELECT COUNT(*) FROM score_results WHERE agency_id LIKE '{prefix}-%'"));
        Assert.Equal(500, await ScalarAsync($"SELECT COUNT(DISTINCT agency_id) FROM score_results WHERE agency_id LIKE '{prefix}-%'"));
        // The report-year rows the results queue (dashboard facts) follow the scores.
        await Eventually.HoldsAsync(async () => await ScalarAsync($"SELECT COUNT(*) FROM derivations WHERE agency_id LIKE '{prefix}-%' AND state <> 'done'") == 0,
            TimeSpan.FromSeconds(60), () => Task.FromResult("report-year rows still pending"));
        Assert.False(first.HasExited, first.Output);
        Assert.False(second.HasExited, second.Output);
        // Both processes took part: Hangfire records the server that performed each job.
        Assert.True(await ScalarAsync("SELECT COUNT(DISTINCT data::jsonb->>'ServerId') FROM hangfire.state WHERE name = 'Processing'") >= 2);
    }

    private Task<long> ProfileCountAsync(string prefix) =>
        ScalarAsync($"SELECT COUNT(DISTINCT profile) FROM score_results WHERE agency_id LIKE '{prefix}-%'");
}
