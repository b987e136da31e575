using System.Net;
using System.Text.Json.Nodes;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using PerfEval.Api.Tests.Infrastructure;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Scoring;

namespace PerfEval.Api.Tests.Jobs;

/// <summary>A saved version is scored in the background (ledger row → dispatcher claim → Hangfire → results), then compared year over year.</summary>
[Trait("Provider", "each")]
public sealed class ScoringPipelineTests(TestApp app) : IClassFixture<TestApp>
{
    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "reports", name + ".json"));

    private static async Task<JsonObject> WaitForScoreAsync(HttpClient client, string agency, int year)
    {
        JsonObject? last = null;
        await Eventually.HoldsAsync(async () =>
        {
            var response = await client.GetAsync($"/api/v1/agencies/{agency}/reports/{year}/score");
            last = response.StatusCode == HttpStatusCode.OK ? await response.ReadObjectAsync() : null;
            return last?["scoringState"]?.GetValue<string>() == "scored";
        }, TimeSpan.FromSeconds(60), () => Task.FromResult(last?.ToJsonString() ?? "no score yet"));
        return last!;
    }

    [Fact]
    public async Task Hengshan_2022_is_scored_in_the_background_to_100_and_you()
    {
        var admin = app.Client();
        var agency = "hs-" + Guid.NewGuid().ToString("N")[..8];
        await admin.CreateAgencyAsync(agency, "430423");
        Assert.Equal(HttpStatusCode.Created, (await admin.PutReportAsync(agency, 2022, Fixture("hengshan-2022"))).StatusCode);

        var score = await WaitForScoreAsync(admin, agency, 2022);

        var selfEval = score["results"]!.AsArray().Single(r => r!["profile"]!.GetValue<string>() == "cn-mof-2020-selfeval")!;
        Assert.Equal(100m, selfEval["total"]!.GetValue<decimal>());
        Assert.Equal("优", selfEval["grade"]!.GetValue<string>());
        Assert.NotNull(selfEval["computedAt"]);
        Assert.Contains(score["results"]!.AsArray(), r => r!["profile"]!.GetValue<string>() == "cn-mof-2013-dept-overall");
    }

    [Fact]
    public async Task A_retried_or_duplicated_scoring_job_stores_nothing_new()
    {
        var admin = app.Client();
        var agency = "id-" + Guid.NewGuid().ToString("N")[..8];
        await admin.CreateAgencyAsync(agency, "430423");
        await admin.PutReportAsync(agency, 2022, Fixture("hengshan-2022"));
        var before = await WaitForScoreAsync(admin, agency, 2022);

        await using var scope = app.Factory.Services.CreateAsyncScope();
        var scoring = scope.ServiceProvider.GetRequiredService<IScoringRepository>();
        var results = await scoring.ListScoresAsync(TenantScope.System, new VersionKey(agency, 2022, 1), CancellationToken.None);
        var stored = await scoring.InsertScoresIfAbsentAsync(results.Select(r => r with { ComputedAt = DateTimeOffset.UtcNow }).ToList(), CancellationToken.None);

        Assert.Empty(stored);
        var after = await (await admin.GetAsync($"/api/v1/agencies/{agency}/reports/2022/score")).ReadObjectAsync();
        Assert.True(JsonNode.DeepEquals(before["results"], after["results"]));
    }

    [Fact]
    public async Task Two_stored_years_give_a_year_over_year_comparison()
    {
        var admin = app.Client();
        var agency = "yy-" + Guid.NewGuid().ToString("N")[..8];
        await admin.CreateAgencyAsync(agency, "431102");
        await admin.PutReportAsync(agency, 2022, Documents.Minimal(2022, total: 1000.00m));
        await admin.PutReportAsync(agency, 2023, Documents.Minimal(2023, total: 1250.00m));
        await WaitForScoreAsync(admin, agency, 2023);

        JsonObject? yoy = null;
        await Eventually.HoldsAsync(async () =>
        {
            var response = await admin.GetAsync($"/api/v1/agencies/{agency}/reports/2023/yoy");
            if (response.StatusCode != HttpStatusCode.OK) return false;
            yoy = await response.ReadObjectAsync();
            return yoy.ToJsonString().Contains("1000.00", StringComparison.Ordinal);
        }, TimeSpan.FromSeconds(60), () => Task.FromResult(yoy?.ToJsonString() ?? "no yoy yet"));

        var item = yoy!["items"]!.AsArray().First(i => i!["previousValue"]?.ToJsonString() == "1000.00" || i!["previousValue"]?.GetValue<decimal>() == 1000m)!;
        Assert.Equal(250m, item["absoluteChange"]!.GetValue<decimal>());
        Assert.Equal(25m, item["percentChange"]!.GetValue<decimal>());
        Assert.Equal("increase", item["direction"]!.GetValue<string>());

        var span = JsonNode.Parse(await admin.GetStringAsync($"/api/v1/agencies/{agency}/yoy?fromYear=2022&toYear=2023"))!.AsArray();
        Assert.NotEmpty(span);
    }

    [Fact]
    public async Task Admin_rescore_reports_progress_until_every_report_is_scored()
    {
        var admin = app.Client();
        var agency = "rs-" + Guid.NewGuid().ToString("N")[..8];
        await admin.CreateAgencyAsync(agency, "440105");
        await admin.PutReportAsync(agency, 2040, Documents.Minimal(2040));
        await WaitForScoreAsync(admin, agency, 2040);

        var started = await admin.PostAsync("/api/v1/admin/rescore", new StringContent("{\"fiscalYear\":2040}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var id = (await started.ReadObjectAsync())["id"]!.GetValue<string>();

        JsonObject? progress = null;
        await Eventually.HoldsAsync(async () =>
        {
            progress = await (await admin.GetAsync($"/api/v1/admin/rescore/{id}")).ReadObjectAsync();
            return progress["state"]!.GetValue<string>() == "completed";
        }, TimeSpan.FromSeconds(60), () => Task.FromResult(progress?.ToJsonString() ?? ""));
        Assert.True(progress!["versions"]!.GetValue<int>() >= 1);
        Assert.Equal(0, progress["derivations"]!["failed"]!.GetValue<int>());
        Assert.Equal(progress["versions"]!.GetValue<int>() * 4, progress["derivations"]!["done"]!.GetValue<int>());
    }
}
