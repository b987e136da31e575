using System.Net;
using System.Text.Json.Nodes;
using PerfEval.Api.Tests.Declarations;
using PerfEval.Api.Tests.Infrastructure;
using PerfEval.Api.Tests.Webhooks;

namespace PerfEval.Api.Tests.Monitoring;

/// <summary>
/// The workers' assessment of a monitoring period: stored after a save, with the pace against the threshold, the
/// indicators at risk against the approved declaration, the forecast year-end 预算执行率 score and the PE-MON findings;
/// read by the region's summary; announced in the change feed and as <c>monitoring.assessed</c>; owed again when the
/// thresholds change; scoped like the monitoring routes.
/// </summary>
[Trait("Provider", "each")]
public sealed class MonitoringAssessmentTests(WebhookApp app) : IClassFixture<WebhookApp>
{
    private const int Year = 2022;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private static string NewAgencyId() => "ma-" + Guid.NewGuid().ToString("N")[..10];

    /// <summary>June: 30 % executed (below the 40 % line); 人民调解案件 300 of 800件 declared (behind 序时进度), 群众满意率 flagged by the agency.</summary>
    private static string June(decimal executed = 300m) => $$"""
        {"schemaVersion":"1.0","fiscalYear":{{Year}},"period":"06","fullYearBudget":{"value":1000,"unit":"万元"},"executed":{"value":{{executed}},"unit":"万元"},
         "indicators":[{"level3":"人民调解案件","progress":{"text":"300件"},"atRisk":false,"deviationReason":"受理少于预期","correctiveAction":"加强排查"},
                       {"level3":"群众满意率","progress":{"text":"92%"},"atRisk":true},
                       {"level3":"法律援助案件","progress":{"text":"200件"},"atRisk":false}]}
        """;

    private static async Task<JsonObject> WaitForAssessmentAsync(HttpClient client, string agencyId, string period, Func<JsonObject, bool> ready)
    {
        JsonObject? last = null;
        await Eventually.HoldsAsync(async () =>
        {
            var response = await client.GetAsync($"/api/v1/agencies/{agencyId}/monitoring/{Year}/{period}/assessment");
            last = response.StatusCode == HttpStatusCode.OK ? await response.ReadObjectAsync() : null;
            return last is not null && ready(last);
        }, Patience, () => Task.FromResult(last?.ToJsonString() ?? "no assessment yet"));
        return last!;
    }

    private static IEnumerable<JsonNode> Events(WebhookReceiver receiver, string agencyId, string type) =>
        receiver.Received.Where(r => r.EventType == type).Select(r => JsonNode.Parse(r.Body)!)
            .Where(b => b["data"]!["agencyId"]!.GetValue<string>() == agencyId);

    [Fact]
    public async Task A_period_below_its_threshold_is_assessed_stored_summarised_and_announced()
    {
        await using var receiver = await WebhookReceiver.StartAsync(WebhookTestSettings.Secret);
        var admin = app.Client();
        await WebhookDeliveryTests.RegisterAsync(admin, receiver.Url, "monitoring.assessed", "declaration.approved", "declaration.returned");
        var agency = NewAgencyId();
        await admin.CreateAgencyAsync(agency, "430423");
        (await admin.PutJsonAsync($"/api/v1/regions/430000/monitoring-thresholds/{Year}", MonitoringDriver.QuarterlyThresholds(Year))).EnsureSuccessStatusCode();

        // A declaration returned once, then approved; the year's self-evaluation is stored before the period.
        await (await admin.PutDeclarationAsync(agency, Year, DeclarationDriver.Hengshan())).AssertSuccessAsync();
        await (await admin.StepAsync(agency, Year, "submit")).AssertSuccessAsync();
        await (await admin.StepAsync(agency, Year, "return", "指标值需细化")).AssertSuccessAsync();
        await admin.ApproveAsync(agency, Year, DeclarationDriver.Hengshan());
        Assert.Equal(HttpStatusCode.Created, (await admin.PutReportAsync(agency, Year, DeclarationDriver.HengshanReport())).StatusCode);
        await admin.PutAndReadPeriodAsync(agency, Year, "06", June());

        var assessment = await WaitForAssessmentAsync(admin, agency, "06", a => a["reportVersion"]?.GetValue<int>() == 1);
        Assert.Equal(1, assessment["monitoringVersion"]!.GetValue<int>());
        Assert.Equal(2, assessment["declarationVersion"]!.GetValue<int>());
        Assert.Equal(30m, assessment["executionRate"]!.GetValue<decimal>());
        Assert.Equal(40m, assessment["minExecutionRate"]!.GetValue<decimal>());
        Assert.Equal("430000", assessment["thresholdRegion"]!.GetValue<string>());
        Assert.True(assessment["belowThreshold"]!.GetValue<bool>());

        // 800件 × 181/365 of the year = 396.71件 expected by the end of June: 300件 is behind; 群众满意率 counts by the agency's flag.
        var indicators = assessment["indicators"]!.AsArray();
        var mediation = indicators.Single(i => i!["level3"]!.GetValue<string>() == "人民调解案件")!;
        Assert.Equal("behind", mediation["status"]!.GetValue<string>());
        Assert.Equal(396.71m, mediation["expected"]!.GetValue<decimal>());
        Assert.Equal("/indicators/0", mediation["monitoringPointer"]!.GetValue<string>());
        Assert.Equal("/targetSets/0/indicators/1/target", mediation["declarationPointer"]!.GetValue<string>());
        Assert.Equal("flagged", indicators.Single(i => i!["level3"]!.GetValue<string>() == "群众满意率")!["status"]!.GetValue<string>());
        Assert.Equal("on-track", indicators.Single(i => i!["level3"]!.GetValue<string>() == "法律援助案件")!["status"]!.GetValue<string>());
        Assert.Equal(2, assessment["atRiskIndicators"]!.GetValue<int>());

        // 30 % with 181 of 365 days gone: 60.50 % by year end, 10 × 0.605 = 6.05 under the headline 自评表 profile.
        var forecast = assessment["forecast"]!;
        Assert.Equal(60.50m, forecast["forecastExecutionRate"]!.GetValue<decimal>());
        Assert.Equal(6.05m, forecast["forecastScore"]!.GetValue<decimal>());
        Assert.Equal("cn-mof-2020-selfeval", forecast["profile"]!.GetValue<string>());

        // The stored findings are the ones the per-request consistency check computes for the same period.
        var consistency = await (await admin.GetAsync($"/api/v1/agencies/{agency}/reports/{Year}/monitoring-consistency")).OkObjectAsync();
        Assert.True(JsonNode.DeepEquals(consistency["findings"], assessment["findings"]), assessment["findings"]!.ToJsonString());
        Assert.Contains(assessment["findings"]!.AsArray(), f => f!["ruleId"]!.GetValue<string>() == "PE-MON-002");

        var summary = await (await admin.GetAsync($"/api/v1/dashboards/regions/430000/monitoring?fiscalYear={Year}&period=06")).OkObjectAsync();
        var row = summary["rows"]!.AsArray().Single(r => r!["agencyId"]!.GetValue<string>() == agency)!;
        Assert.True(row["assessed"]!.GetValue<bool>());
        Assert.True(row["belowThreshold"]!.GetValue<bool>());
        Assert.Equal(2, row["atRiskIndicators"]!.GetValue<int>());
        Assert.Equal(60.50m, row["forecastExecutionRate"]!.GetValue<decimal>());
        Assert.True(summary["forecastDistribution"]!.AsArray().Single(b => b!["band"]!.GetValue<string>() == "60-80")!["rows"]!.GetValue<int>() >= 1);

        var feed = JsonNode.Parse(await admin.GetStringAsync("/api/v1/changes?limit=1000"))!["items"]!.AsArray()
            .Where(c => c!["agencyId"]!.GetValue<string>() == agency).Select(c => c!["kind"]!.GetValue<string>()).ToList();
        Assert.Contains("monitoring-assessment", feed);
        Assert.Equal(2, feed.Count(k => k == "declaration"));

        await Eventually.HoldsAsync(() => Task.FromResult(Events(receiver, agency, "monitoring.assessed").Any(e => e["data"]!["monitoringVersion"]!.GetValue<int>() == 1
                && e["data"]!["findings"]!.GetValue<int>() >= 1)
                && Events(receiver, agency, "declaration.approved").Any() && Events(receiver, agency, "declaration.returned").Any()),
            Patience, () => Task.FromResult(string.Join("\n", receiver.Received.Select(r => r.EventType + " " + r.Body))));
        var assessed = Events(receiver, agency, "monitoring.assessed").Last()["data"]!;
        Assert.True(assessed["belowThreshold"]!.GetValue<bool>());
        Assert.Equal("06", assessed["period"]!.GetValue<string>());
        Assert.Equal(2, Events(receiver, agency, "declaration.approved").Single()["data"]!["version"]!.GetValue<int>());
        Assert.Equal("指标值需细化", Events(receiver, agency, "declaration.returned").Single()["data"]!["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task New_thresholds_nearer_the_agency_owe_the_assessment_again()
    {
        var admin = app.Client();
        var agency = NewAgencyId();
        await admin.CreateAgencyAsync(agency, "430421");
        (await admin.PutJsonAsync($"/api/v1/regions/430000/monitoring-thresholds/{Year}", MonitoringDriver.QuarterlyThresholds(Year))).EnsureSuccessStatusCode();
        await admin.PutAndReadPeriodAsync(agency, Year, "06", June());
        var first = await WaitForAssessmentAsync(admin, agency, "06", a => a["minExecutionRate"]?.GetValue<decimal>() == 40m);
        Assert.True(first["belowThreshold"]!.GetValue<bool>());
        Assert.Null(first["declarationVersion"]);
        // Without a declaration only the agency's own flag counts.
        Assert.Equal(1, first["atRiskIndicators"]!.GetValue<int>());

        var county = $$"""{"source":"县级运行监控通知（测试）","periods":[{"period":"06","endsOn":"{{Year}}-06-30","minExecutionRate":25}]}""";
        (await admin.PutJsonAsync($"/api/v1/regions/430421/monitoring-thresholds/{Year}", county)).EnsureSuccessStatusCode();

        var again = await WaitForAssessmentAsync(admin, agency, "06", a => a["minExecutionRate"]?.GetValue<decimal>() == 25m);
        Assert.False(again["belowThreshold"]!.GetValue<bool>());
        Assert.Equal("430421", again["thresholdRegion"]!.GetValue<string>());
    }

    [Fact]
    public async Task Another_tenant_never_sees_the_assessment()
    {
        var admin = app.Client();
        var agency = NewAgencyId();
        await admin.CreateAgencyAsync(agency, "430423");
        (await admin.PutJsonAsync($"/api/v1/regions/430000/monitoring-thresholds/{Year}", MonitoringDriver.QuarterlyThresholds(Year))).EnsureSuccessStatusCode();
        await admin.PutAndReadPeriodAsync(agency, Year, "06", June());
        await WaitForAssessmentAsync(admin, agency, "06", _ => true);

        var path = $"/api/v1/agencies/{agency}/monitoring/{Year}/06/assessment";
        var otherRegion = app.Client((await admin.CreateKeyAsync("region", "130000")).Key);
        var ownRegion = app.Client((await admin.CreateKeyAsync("region", "430000")).Key);
        var ownAgency = app.Client((await admin.CreateKeyAsync("agency", agency)).Key);
        var other = NewAgencyId();
        await admin.CreateAgencyAsync(other, "430423");
        var otherAgency = app.Client((await admin.CreateKeyAsync("agency", other)).Key);

        Assert.Equal(HttpStatusCode.NotFound, (await otherRegion.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherAgency.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ownRegion.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ownAgency.GetAsync(path)).StatusCode);
        Assert.DoesNotContain(agency, await otherRegion.GetStringAsync("/api/v1/changes?limit=1000"));
    }
}
