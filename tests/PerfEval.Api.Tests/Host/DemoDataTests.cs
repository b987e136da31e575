using System.Net;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using System.Text.Json.Nodes;
using PerfEval.Api.Tests.Infrastructure;

namespace PerfEval.Api.Tests.Host;

public sealed class DemoSqliteApp : PerfEvalApp<SqliteTestDatabase>
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["PerfEval:Demo:Enabled"] = "true" };
}

public sealed class DemoPostgresApp : PerfEvalApp<PostgresTestDatabase>
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["PerfEval:Demo:Enabled"] = "true" };
}

/// <summary>The embedded default on an empty database shows real data at once: five agencies and their reports.</summary>
public abstract class DemoDataTests(IPerfEvalApp app)
{
    [Fact]
    public async Task An_empty_database_gets_the_five_demo_agencies_and_their_reports()
    {
        var page = JsonNode.Parse(await app.Client().GetStringAsync("/api/v1/reports?limit=50"))!["items"]!.AsArray();

        Assert.Equal(["haizhu-sfj", "hengshan-sfj", "lingling-sfj", "luquan-sfj", "lusong-sfj"], page.Select(r => r!["agencyId"]!.GetValue<string>()));
        var hengshan = await (await app.Client().GetAsync("/api/v1/agencies/hengshan-sfj/reports/2022")).ReadObjectAsync();
        Assert.Equal("衡山县司法局", hengshan["document"]!["agency"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_hangfire_dashboard_is_for_admin_keys_only()
    {
        var admin = app.Client();
        var (_, regionKey) = await admin.CreateKeyAsync("region", "430000");

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/hangfire")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Client(null).GetAsync("/hangfire")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Client(regionKey).GetAsync("/hangfire")).StatusCode);
    }

    [Fact]
    public void The_retired_outbox_sweep_is_not_registered_any_more()
    {
        var storage = app.Factory.Services.GetRequiredService<JobStorage>();
        using var connection = storage.GetConnection();

        Assert.DoesNotContain(connection.GetRecurringJobs(), job => job.Id == "outbox-sweep");
    }
}

public sealed class DemoDataTests_Sqlite(DemoSqliteApp app) : DemoDataTests(app), IClassFixture<DemoSqliteApp>;

public sealed class DemoDataTests_Postgres(DemoPostgresApp app) : DemoDataTests(app), IClassFixture<DemoPostgresApp>;
