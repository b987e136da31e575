using System.Net;
using System.Text.Json.Nodes;
using PerfEval.Api.Tests.Infrastructure;

namespace PerfEval.Api.Tests.Monitoring;

/// <summary>Thresholds as data per region and year; a period below its threshold shows on the region's dashboard and in the change feed.</summary>
[Trait("Provider", "each")]
public sealed class MonitoringTests(TestApp app) : IClassFixture<TestApp>
{
    private static string NewAgencyId() => "mo-" + Guid.NewGuid().ToString("N")[..10];

    [Fact]
    public async Task A_period_below_the_province_threshold_is_flagged_on_the_dashboard_and_in_the_feed_and_round_trips()
    {
        var admin = app.Client();
        const int year = 2031;
        var agency = NewAgencyId();
        await admin.CreateAgencyAsync(agency, "431102");
        (await admin.PutJsonAsync($"/api/v1/regions/430000/monitoring-thresholds/{year}", MonitoringDriver.QuarterlyThresholds(year))).EnsureSuccessStatusCode();

        var body = MonitoringDriver.Period(year, "06", executed: 300.50m, atRisk: true);
        var stored = await admin.PutAndReadPeriodAsync(agency, year, "06", body);

        Assert.Equal(30.05m, stored["executionRate"]!.GetValue<decimal>());
        Assert.Equal(40m, stored["minExecutionRate"]!.GetValue<decimal>());
        Assert.Equal("430000", stored["thresholdRegion"]!.GetValue<string>());
        Assert.True(stored["belowThreshold"]!.GetValue<bool>());
        Assert.Equal(1, stored["atRiskIndicators"]!.GetValue<int>());
        var read = stored;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(body), read["document"]));
        Assert.Contains("300.50", read["document"]!.ToJsonString());
        Assert.Equal("上半年案件受理少于预期", read["document"]!["indicators"]![0]!["deviationReason"]!.GetValue<string>());

        var summary = await (await admin.GetAsync($"/api/v1/dashboards/regions/430000/monitoring?fiscalYear={year}&period=06")).OkObjectAsync();
        var row = summary["rows"]!.AsArray().Single(r => r!["agencyId"]!.GetValue<string>() == agency)!;
        Assert.True(row["belowThreshold"]!.GetValue<bool>());
        Assert.True(summary["belowThreshold"]!.GetValue<int>() >= 1);

        var csv = await admin.GetAsync($"/api/v1/dashboards/regions/430000/monitoring?fiscalYear={year}&period=06&format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n");
        Assert.StartsWith("单位ID,单位名称,区划代码,监控期", lines[0].TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith($"{agency},", StringComparison.Ordinal) && l.Contains(",06,1,30.05,", StringComparison.Ordinal) && l.EndsWith(",是,1", StringComparison.Ordinal));
        await (await admin.GetAsync($"/api/v1/dashboards/regions/430000/monitoring?fiscalYear={year}&format=xml")).AssertProblemAsync((HttpStatusCode)422);

        var feed = JsonNode.Parse(await admin.GetStringAsync("/api/v1/changes?limit=1000"))!.ToJsonString();
        Assert.Contains("\"monitoring\"", feed);
        Assert.Contains(agency, feed);

        var caughtUp = await admin.PutAndReadPeriodAsync(agency, year, "06", MonitoringDriver.Period(year, "06", executed: 450m));
        Assert.Equal(2, caughtUp["version"]!.GetValue<int>());
        Assert.False(caughtUp["belowThreshold"]!.GetValue<bool>());
        Assert.Equal(2, JsonNode.Parse(await admin.GetStringAsync($"/api/v1/agencies/{agency}/monitoring/{year}/06/versions"))!.AsArray().Count);
        var after = await (await admin.GetAsync($"/api/v1/dashboards/regions/430000/monitoring?fiscalYear={year}&period=06")).OkObjectAsync();
        Assert.False(after["rows"]!.AsArray().Single(r => r!["agencyId"]!.GetValue<string>() == agency)!["belowThreshold"]!.GetValue<bool>());
    }

    [Fact]
    public async Task The_nearest_region_with_thresholds_decides_and_other_regions_cannot_set_them()
    {
        var admin = app.Client();
        const int year = 2032;
        var agency = NewAgencyId();
        await admin.CreateAgencyAsync(agency, "430423");
        (await admin.PutJsonAsync($"/api/v1/regions/430000/monitoring-thresholds/{year}", MonitoringDriver.QuarterlyThresholds(year))).EnsureSuccessStatusCode();
        var county = app.Client((await admin.CreateKeyAsync("region", "430423")).Key);
        var otherProvince = app.Client((await admin.CreateKeyAsync("region", "130000")).Key);
        var agencyClient = app.Client((await admin.CreateKeyAsync("agency", agency)).Key);

        await (await otherProvince.PutJsonAsync($"/api/v1/regions/430423/monitoring-thresholds/{year}", MonitoringDriver.QuarterlyThresholds(year))).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await county.PutJsonAsync($"/api/v1/regions/430000/monitoring-thresholds/{year}", MonitoringDriver.QuarterlyThresholds(year))).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await agencyClient.PutJsonAsync($"/api/v1/regions/430423/monitoring-thresholds/{year}", MonitoringDriver.QuarterlyThresholds(year))).AssertProblemAsync(HttpStatusCode.Forbidden);
        var halfYear = $$"""{"source":"县级通知：1-6月","periods":[{"period":"06","endsOn":"{{year}}-06-30","minExecutionRate":20}]}""";
        (await county.PutJsonAsync($"/api/v1/regions/430423/monitoring-thresholds/{year}", halfYear)).EnsureSuccessStatusCode();
        var own = await (await agencyClient.GetAsync($"/api/v1/regions/430423/monitoring-thresholds/{year}")).OkObjectAsync();
        Assert.Equal("县级通知：1-6月", own["source"]!.GetValue<string>());

        var june = await agencyClient.PutAndReadPeriodAsync(agency, year, "06", MonitoringDriver.Period(year, "06", executed: 300m));
        var april = await agencyClient.PutAndReadPeriodAsync(agency, year, "04", MonitoringDriver.Period(year, "04", executed: 200m));

        Assert.Equal("430423", june["thresholdRegion"]!.GetValue<string>());
        Assert.False(june["belowThreshold"]!.GetValue<bool>());
        Assert.Equal("430000", april["thresholdRegion"]!.GetValue<string>());
        Assert.True(april["belowThreshold"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.NotFound, (await otherProvince.GetAsync($"/api/v1/agencies/{agency}/monitoring/{year}/06")).StatusCode);
        await (await otherProvince.GetAsync($"/api/v1/dashboards/regions/430000/monitoring?fiscalYear={year}")).AssertProblemAsync(HttpStatusCode.NotFound);
        var wrongPeriod = await (await agencyClient.PutJsonAsync($"/api/v1/agencies/{agency}/monitoring/{year}/08", MonitoringDriver.Period(year, "06", 1m))).AssertProblemAsync((HttpStatusCode)422);
        Assert.Contains("/period", wrongPeriod.ErrorPointers());
    }

    [Fact]
    public async Task The_self_evaluation_is_checked_against_the_last_monitoring_report_with_pointers_into_both()
    {
        var admin = app.Client();
        var agency = NewAgencyId();
        await admin.CreateAgencyAsync(agency, "430423");
        Assert.Equal(HttpStatusCode.Created, (await admin.PutReportAsync(agency, 2022, Declarations.DeclarationDriver.HengshanReport())).StatusCode);
        await (await admin.GetAsync($"/api/v1/agencies/{agency}/reports/2022/monitoring-consistency")).AssertProblemAsync(HttpStatusCode.NotFound);
        (await admin.PutJsonAsync("/api/v1/regions/430423/monitoring-thresholds/2022", MonitoringDriver.QuarterlyThresholds(2022))).EnsureSuccessStatusCode();
        // 衡山 2022 states 人民调解案件 917件 and 执行率 100% at year end; in June it reports 950件 and 26.56 % executed.
        var june = MonitoringDriver.Period(2022, "06", executed: 70.54m, budget: 265.58m).Replace("\"text\":\"420件\"", "\"text\":\"950件\",\"operator\":\"=\",\"value\":950,\"unit\":\"件\"", StringComparison.Ordinal);
        await admin.PutAndReadPeriodAsync(agency, 2022, "06", june);

        var check = await (await admin.GetAsync($"/api/v1/agencies/{agency}/reports/2022/monitoring-consistency")).OkObjectAsync();

        Assert.Equal("06", check["period"]!.GetValue<string>());
        Assert.Equal(40m, check["minExecutionRate"]!.GetValue<decimal>());
        var findings = check["findings"]!.AsArray();
        var count = findings.Single(f => f!["ruleId"]!.GetValue<string>() == "PE-MON-001")!;
        Assert.Equal("/indicatorTables/0/indicators/1/actual", count["reportPointers"]![0]!.GetValue<string>());
        Assert.Equal("/indicators/0/progress", count["monitoringPointers"]![0]!.GetValue<string>());
        var jump = findings.Single(f => f!["ruleId"]!.GetValue<string>() == "PE-MON-002")!;
        Assert.Equal("/indicatorTables/0/budgetExecution", jump["reportPointers"]![0]!.GetValue<string>());
        Assert.Equal("26.56%", jump["midYear"]!.GetValue<string>());
    }
}
