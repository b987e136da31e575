using System.Net;
using System.Text.Json.Nodes;
using PerfEval.Api.Tests.Declarations;
using PerfEval.Api.Tests.Host;
using PerfEval.Api.Tests.Infrastructure;

namespace PerfEval.Api.Tests.Dashboards;

/// <summary>
/// Target changes on the region dashboard: the demo 衡山 declaration declares 人民调解案件 1000件, its 自评表 quotes 800件
/// (PE-DCL-001), so Hunan's summary counts an agency with a lowered target and the rankings list it; another province
/// neither counts nor lists it.
/// </summary>
[Trait("Provider", "each")]
public sealed class TargetChangeDashboardTests(DemoApp app) : IClassFixture<DemoApp>
{
    [Fact]
    public async Task The_region_summary_counts_the_agency_that_lowered_a_declared_target_in_json_and_csv()
    {
        var admin = app.Client();
        var check = await admin.WaitForCheckAsync("hengshan-sfj", 2022, reportVersion: 1);
        var findings = check["findings"]!.AsArray();
        var hunan = app.Client((await admin.CreateKeyAsync("region", "430000")).Key);

        var summary = await (await hunan.GetAsync("/api/v1/dashboards/regions/430000/summary?fiscalYear=2022")).ReadObjectAsync();
        var changes = summary["targetChanges"]!;
        Assert.Equal(1, changes["checked"]!.GetValue<int>());
        Assert.Equal(1, changes["withChanges"]!.GetValue<int>());
        Assert.Equal(1, changes["lowered"]!.GetValue<int>());
        Assert.Equal(findings.Any(f => f!["ruleId"]!.GetValue<string>() == "PE-DCL-004") ? 1 : 0, changes["dropped"]!.GetValue<int>());
        Assert.Equal(findings.Any(f => f!["ruleId"]!.GetValue<string>() == "PE-DCL-005") ? 1 : 0, changes["added"]!.GetValue<int>());

        var csv = await hunan.GetStringAsync("/api/v1/dashboards/regions/430000/summary?fiscalYear=2022&format=csv");
        Assert.Contains("降低目标值 (PE-DCL-001),targetChanges.lowered,1", csv, StringComparison.Ordinal);

        var county = await (await admin.GetAsync("/api/v1/dashboards/regions/430423/summary?fiscalYear=2022")).ReadObjectAsync();
        Assert.Equal(1, county["targetChanges"]!["lowered"]!.GetValue<int>());
        var elsewhere = await (await admin.GetAsync("/api/v1/dashboards/regions/440000/summary?fiscalYear=2022")).ReadObjectAsync();
        Assert.Equal(0, elsewhere["targetChanges"]!["lowered"]!.GetValue<int>());
    }

    [Fact]
    public async Task Rankings_rank_agencies_by_target_changes_within_the_callers_region_only()
    {
        var admin = app.Client();
        var check = await admin.WaitForCheckAsync("hengshan-sfj", 2022, reportVersion: 1);
        var hebei = app.Client((await admin.CreateKeyAsync("region", "130000")).Key);

        // Rankings list agencies by their dashboard facts, which the workers keep a moment after the scores and the check.
        JsonObject lowered = [];
        await Eventually.HoldsAsync(async () =>
        {
            lowered = await (await admin.GetAsync("/api/v1/dashboards/regions/000000/rankings?fiscalYear=2022&metric=targetsLowered")).ReadObjectAsync();
            return lowered["items"]!.AsArray().Any(i => i!["agencyId"]!.GetValue<string>() == "hengshan-sfj");
        }, TimeSpan.FromSeconds(60), () => Task.FromResult(lowered.ToJsonString()));
        var hengshan = lowered["items"]!.AsArray().Single(i => i!["agencyId"]!.GetValue<string>() == "hengshan-sfj")!;
        Assert.Equal(1m, hengshan["value"]!.GetValue<decimal>());
        Assert.Contains("targetChanges", lowered["availableMetrics"]!.AsArray().Select(m => m!.GetValue<string>()));

        var all = await (await admin.GetAsync("/api/v1/dashboards/regions/430000/rankings?fiscalYear=2022&metric=targetChanges")).ReadObjectAsync();
        Assert.Equal((decimal)check["findings"]!.AsArray().Count,
            all["items"]!.AsArray().Single(i => i!["agencyId"]!.GetValue<string>() == "hengshan-sfj")!["value"]!.GetValue<decimal>());

        var theirs = await (await hebei.GetAsync("/api/v1/dashboards/regions/130000/rankings?fiscalYear=2022&metric=targetChanges")).ReadObjectAsync();
        Assert.DoesNotContain(theirs["items"]!.AsArray(), i => i!["agencyId"]!.GetValue<string>() == "hengshan-sfj");
        Assert.Equal(HttpStatusCode.NotFound, (await hebei.GetAsync("/api/v1/dashboards/regions/430000/rankings?fiscalYear=2022&metric=targetChanges")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hebei.GetAsync("/api/v1/dashboards/regions/430000/summary?fiscalYear=2022")).StatusCode);
    }

    [Fact]
    public async Task A_new_check_changes_the_summary_ETag()
    {
        var admin = app.Client();
        await admin.WaitForCheckAsync("hengshan-sfj", 2022, reportVersion: 1);
        var before = await admin.GetAsync("/api/v1/dashboards/regions/430423/summary?fiscalYear=2022");
        var etag = before.Headers.ETag!.Tag;

        var declaration = await (await admin.GetAsync("/api/v1/agencies/hengshan-sfj/declarations/2022/approved")).ReadObjectAsync();
        var document = declaration["document"]!.AsObject();
        DeclarationDriver.Indicator(document, "法治宣传场次")["weight"] = 6;
        await admin.ApproveAsync("hengshan-sfj", 2022, document.ToJsonString());
        await Eventually.HoldsAsync(async () =>
        {
            var summary = await (await admin.GetAsync("/api/v1/dashboards/regions/430423/summary?fiscalYear=2022")).ReadObjectAsync();
            return summary["targetChanges"]!["weightMoved"]!.GetValue<int>() == 1;
        }, TimeSpan.FromSeconds(60), () => Task.FromResult("no weight change counted yet"));

        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/dashboards/regions/430423/summary?fiscalYear=2022");
        request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        Assert.Equal(HttpStatusCode.OK, (await admin.SendAsync(request)).StatusCode);
    }
}
