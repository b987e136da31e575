using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PerfEval.Api.Tests.Infrastructure;
using PerfEval.Application.Abstractions;
using PerfEval.Infrastructure.Database;

namespace PerfEval.Api.Tests.Replica;

/// <summary>The host with PerfEval:Database:ReadConnectionString pointing at the test cluster's streaming standby.</summary>
public sealed class ReplicaApp : PerfEvalApp<PostgresTestDatabase>
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["PerfEval:Database:ReadConnectionString"] = TestStandby.ConnectionStringFor(Database.ConnectionString),
    };
}

/// <summary>
/// Against a real streaming standby (pg_basebackup -R of the test cluster): with replay paused, the lag-tolerant routes
/// (dashboards, rankings, the public API, the change feed, exports) visibly answer from the standby's older state,
/// while the agency's own reads, ETags, idempotent replays, workflow and the worker's derivations use the primary and
/// see every write at once. Writes never reach the standby (it would refuse them).
/// </summary>
public sealed class ReadReplicaTests(ReplicaApp app) : IClassFixture<ReplicaApp>
{
    private const string County = "430423";
    private const int Year = 2022;

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private string Database => new NpgsqlConnectionStringBuilder(app.ConnectionString).Database!;

    private static async Task<decimal?> RankedTotalAsync(HttpClient client, string agency)
    {
        var rankings = await (await client.GetAsync($"/api/v1/dashboards/regions/{County}/rankings?fiscalYear={Year}&metric=finance.final.expenditure.total")).ReadObjectAsync();
        return rankings["items"]?.AsArray().SingleOrDefault(i => i!["agencyId"]!.GetValue<string>() == agency)?["value"]!.GetValue<decimal>();
    }

    private static async Task<List<JsonObject>> ExportedAsync(HttpClient client, string agency)
    {
        var response = await client.GetAsync($"/api/v1/exports/reports?regionCode={County}&fiscalYear={Year}");
        await response.AssertSuccessAsync();
        return (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonNode.Parse(line)!.AsObject()).Where(r => r["agencyId"]!.GetValue<string>() == agency).ToList();
    }

    private static async Task<List<int>> FeedVersionsAsync(HttpClient client, string agency)
    {
        var page = await (await client.GetAsync("/api/v1/changes?limit=1000")).ReadObjectAsync();
        return page["items"]!.AsArray().Where(c => c!["agencyId"]!.GetValue<string>() == agency && c["kind"]!.GetValue<string>() == "version")
            .Select(c => c!["version"]!.GetValue<int>()).ToList();
    }

    /// <summary>On the primary: the dashboard fact is of <paramref name="version"/> and no derivation of the agency is still due.</summary>
    private async Task<bool> DerivedOnPrimaryAsync(string agency, int version)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT (SELECT version FROM dashboard_facts WHERE agency_id = @Agency AND fiscal_year = @Year) = @Version "
            + "AND NOT EXISTS (SELECT 1 FROM derivations WHERE agency_id = @Agency AND state IN ('pending', 'running'))", connection);
        command.Parameters.AddWithValue("Agency", agency);
        command.Parameters.AddWithValue("Year", Year);
        command.Parameters.AddWithValue("Version", version);
        return await command.ExecuteScalarAsync() is true;
    }

    [Fact]
    public async Task With_replay_paused_lag_tolerant_routes_show_the_standbys_state_while_the_agency_sees_its_own_writes()
    {
        var admin = app.Client();
        var anonymous = app.Client(apiKey: null);
        var agency = "rr-" + Guid.NewGuid().ToString("N")[..8];
        await admin.CreateAgencyAsync(agency, County, "衡山县司法局");
        Assert.Equal(HttpStatusCode.Created, (await admin.PutReportAsync(agency, Year, Documents.Minimal(Year, "衡山县司法局", total: 980m))).StatusCode);
        await Eventually.HoldsAsync(() => DerivedOnPrimaryAsync(agency, 1), TimeSpan.FromSeconds(60), () => Task.FromResult("v1 not derived"));
        await TestStandby.CatchUpAsync(app.ConnectionString);
        // Under load the primary may still settle the year's dashboard fact once more after the check above; the standby
        // shows v1 once it has replayed that.
        await Eventually.HoldsAsync(async () => await RankedTotalAsync(admin, agency) == 980m, TimeSpan.FromSeconds(60),
            async () => $"standby ranks {await RankedTotalAsync(admin, agency)}");

        string etag;
        await using (await TestStandby.PauseReplayAsync())
        {
            // Writes while the standby stands still: the PUT, its idempotent replay, If-Match and the workflow all work.
            var current = await admin.GetAsync($"/api/v1/agencies/{agency}/reports/{Year}");
            await current.AssertSuccessAsync();
            var v2 = Documents.Minimal(Year, "衡山县司法局", total: 1500m);
            var stale = await admin.PutReportAsync(agency, Year, v2, ifMatch: "\"not-the-current-etag\"");
            await stale.AssertProblemAsync(HttpStatusCode.PreconditionFailed);
            var put = await admin.PutReportAsync(agency, Year, v2, ifMatch: current.Headers.ETag!.Tag, idempotencyKey: "rr-" + agency);
            Assert.True(put.StatusCode == HttpStatusCode.OK, await put.Content.ReadAsStringAsync());
            var replay = await admin.PutReportAsync(agency, Year, v2, ifMatch: current.Headers.ETag!.Tag, idempotencyKey: "rr-" + agency);
            Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
            Assert.Equal(put.Headers.ETag, replay.Headers.ETag);

            // The agency's own GET after its PUT reads the primary: the new version and its ETag at once.
            var own = await admin.GetAsync($"/api/v1/agencies/{agency}/reports/{Year}");
            etag = own.Headers.ETag!.Tag;
            Assert.Equal(put.Headers.ETag, own.Headers.ETag);
            Assert.Equal(2, (await own.ReadObjectAsync())["version"]!.GetValue<int>());
            Assert.Equal(2, await admin.VersionCountAsync(agency, Year));

            foreach (var action in new[] { "submit", "accept" })
                await (await admin.PostAsync($"/api/v1/agencies/{agency}/reports/{Year}/{action}", null)).AssertSuccessAsync();
            await (await admin.PostAsync($"/api/v1/agencies/{agency}/reports/{Year}/publish", Json("{\"acknowledgeWarnings\":true}"))).AssertSuccessAsync();
            Assert.Equal("published", (await (await admin.GetAsync($"/api/v1/agencies/{agency}/reports/{Year}")).ReadObjectAsync())["status"]!.GetValue<string>());

            // The worker derives version 2 from the primary while the standby is paused.
            await Eventually.HoldsAsync(() => DerivedOnPrimaryAsync(agency, 2), TimeSpan.FromSeconds(60), () => Task.FromResult("v2 not derived on the primary"));

            // The lag-tolerant routes answer from the standby, which has not replayed any of it.
            Assert.Equal(980m, await RankedTotalAsync(admin, agency));
            var series = await (await admin.GetAsync($"/api/v1/dashboards/agencies/{agency}/timeseries")).ReadObjectAsync();
            var seriesYear = series["years"]!.AsArray().Single(y => y!["fiscalYear"]!.GetValue<int>() == Year)!;
            Assert.Equal(1, seriesYear["version"]!.GetValue<int>());
            Assert.Equal("draft", seriesYear["workflowState"]!.GetValue<string>());
            await (await anonymous.GetAsync($"/public/v1/agencies/{agency}/reports/{Year}")).AssertProblemAsync(HttpStatusCode.NotFound);
            Assert.DoesNotContain(2, await FeedVersionsAsync(admin, agency));
            Assert.Equal([1], (await ExportedAsync(admin, agency)).Select(r => r["version"]!.GetValue<int>()));

            var replicaQueries = await TestStandby.ReplicaSessionQueriesAsync(Database);
            Assert.NotEmpty(replicaQueries);
            Assert.Contains(replicaQueries, q => q.Contains("dashboard_facts", StringComparison.Ordinal));
            Assert.DoesNotContain(replicaQueries, q => q.TrimStart().StartsWith("INSERT", StringComparison.OrdinalIgnoreCase)
                || q.TrimStart().StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase) || q.TrimStart().StartsWith("DELETE", StringComparison.OrdinalIgnoreCase));
        }

        // Once replay resumes, the same routes catch up.
        await TestStandby.CatchUpAsync(app.ConnectionString);
        Assert.Equal(1500m, await RankedTotalAsync(admin, agency));
        var published = await (await anonymous.GetAsync($"/public/v1/agencies/{agency}/reports/{Year}")).ReadObjectAsync();
        Assert.Equal(2, published["version"]!.GetValue<int>());
        Assert.Contains(2, await FeedVersionsAsync(admin, agency));
        Assert.Equal([2], (await ExportedAsync(admin, agency)).Select(r => r["version"]!.GetValue<int>()));
        Assert.Equal(etag, (await admin.GetAsync($"/api/v1/agencies/{agency}/reports/{Year}")).Headers.ETag!.Tag);
    }

    [Fact]
    public async Task In_a_replica_tolerant_scope_reads_use_the_standby_and_writes_and_transactions_the_primary()
    {
        await TestStandby.CatchUpAsync(app.ConnectionString);
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbSession>();
        const string InRecovery = "SELECT pg_is_in_recovery()";

        Assert.False(await db.QuerySingleOrDefaultAsync<bool>(InRecovery, null, CancellationToken.None));
        using (scope.ServiceProvider.GetRequiredService<IReadRouting>().MayReadFromReplica())
        {
            Assert.True(await db.QuerySingleOrDefaultAsync<bool>(InRecovery, null, CancellationToken.None));
            await db.ExecuteAsync("CREATE TEMPORARY TABLE replica_probe (id integer)", null, CancellationToken.None);
            Assert.Equal(1, await db.ExecuteAsync("INSERT INTO replica_probe (id) VALUES (1)", null, CancellationToken.None));

            await db.BeginAsync(CancellationToken.None);
            Assert.False(await db.QuerySingleOrDefaultAsync<bool>(InRecovery, null, CancellationToken.None));
            Assert.Equal(1, await db.QuerySingleOrDefaultAsync<int>("SELECT count(*)::int FROM replica_probe", null, CancellationToken.None));
            await db.RollbackAsync(CancellationToken.None);
        }
        Assert.False(await db.QuerySingleOrDefaultAsync<bool>(InRecovery, null, CancellationToken.None));
    }
}

/// <summary>A replica that cannot be reached: the lag-tolerant routes are served by the primary instead of failing.</summary>
public sealed class UnreachableReplicaTests(UnreachableReplicaTests.DownReplicaApp app) : IClassFixture<UnreachableReplicaTests.DownReplicaApp>
{
    public sealed class DownReplicaApp : PerfEvalApp<PostgresTestDatabase>
    {
        // Port 1 on loopback: nothing listens, the connection is refused at once.
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["PerfEval:Database:ReadConnectionString"] = new NpgsqlConnectionStringBuilder(Database.ConnectionString) { Port = 1, Timeout = 2 }.ToString(),
        };
    }

    [Fact]
    public async Task Dashboards_the_public_api_and_the_change_feed_answer_from_the_primary()
    {
        var admin = app.Client();
        var agency = "dr-" + Guid.NewGuid().ToString("N")[..8];
        await admin.CreateAgencyAsync(agency, "430423");
        Assert.Equal(HttpStatusCode.Created, (await admin.PutReportAsync(agency, 2022, Documents.Minimal(2022))).StatusCode);

        await (await admin.GetAsync("/api/v1/dashboards/regions/430423/summary?fiscalYear=2022")).AssertSuccessAsync();
        await (await app.Client(apiKey: null).GetAsync("/public/v1/reports")).AssertSuccessAsync();
        // The feed serves settled rows only (a transaction still open anywhere on the server holds newer rows back).
        await Eventually.HoldsAsync(async () =>
            {
                var feed = await (await admin.GetAsync("/api/v1/changes")).ReadObjectAsync();
                return feed["items"]!.AsArray().Any(c => c!["agencyId"]!.GetValue<string>() == agency);
            },
            TimeSpan.FromSeconds(30), () => Task.FromResult("the feed never showed the new report"));
    }
}
