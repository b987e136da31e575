using System.Globalization;
using System.Text.Json.Nodes;
using PerfEval.Api.Tests.Declarations;
using PerfEval.Api.Tests.Infrastructure;
using PerfEval.Api.Tests.Monitoring;

namespace PerfEval.Api.Tests.Browser;

/// <summary>
/// The /app monitoring view in a real browser: thresholds, a monitoring period below its threshold and an approved
/// declaration with a raised target are set up through the API; the region view lists the period and the agency below
/// it, and the agency view shows the declaration's review state and targets, the period's pace against its threshold
/// and the target-change findings, each as the API answers.
/// </summary>
public sealed partial class AppViewsTests
{
    [Fact]
    public async Task The_monitoring_view_shows_a_period_below_its_threshold_and_the_agencys_declared_targets()
    {
        const string agency = "hengshan-sfj";
        const int year = 2022;
        using var admin = service.Client();
        await (await admin.PutJsonAsync($"/api/v1/regions/430000/monitoring-thresholds/{year}", MonitoringDriver.QuarterlyThresholds(year))).OkObjectAsync();
        var period = await admin.PutAndReadPeriodAsync(agency, year, "06", MonitoringDriver.Period(year, "06", executed: 300m, budget: 1000m, atRisk: true));
        Assert.True(period["belowThreshold"]!.GetValue<bool>());
        // 衡山 declared 人民调解案件 as 1000件; its 自评表 quotes 800件.
        await admin.ApproveAsync(agency, year, DeclarationDriver.Hengshan(d =>
            DeclarationDriver.Indicator(d, "人民调解案件")["target"] = JsonNode.Parse("""{"text":"1000件","operator":"=","value":1000,"unit":"件"}""")));
        var reportVersion = JsonNode.Parse(await admin.GetStringAsync($"/api/v1/agencies/{agency}/reports/{year}"))!["version"]!.GetValue<int>();
        var check = await admin.WaitForCheckAsync(agency, year, reportVersion);

        await using var session = await AppPageSession.OpenAsync(chromium, service);
        Assert.Equal("ready", await session.WaitSettledAsync());
        await session.Page.Locator("#region-picker select[data-level='1']").SelectOptionAsync("430000");
        Assert.Equal("ready", await session.WaitSettledAsync("window.perfeval.region.code === '430000'"));
        await session.Page.ClickAsync("#nav-monitoring");
        await session.Page.FillAsync("#monitoring-year", year.ToString(CultureInfo.InvariantCulture));
        await session.Page.ClickAsync("#monitoring-form button[type=submit]");
        Assert.Equal("ready", await session.WaitSettledAsync(
            "window.perfeval.monitoring && window.perfeval.monitoring.region && window.perfeval.monitoring.region.year === 2022 && window.perfeval.monitoring.region.region.code === '430000'"));

        // Region: the summary's counts, the period with its threshold, the agency below it first.
        var summary = JsonNode.Parse(await admin.GetStringAsync($"/api/v1/dashboards/regions/430000/monitoring?fiscalYear={year}"))!;
        Assert.Equal(summary["belowThreshold"]!.GetValue<int>().ToString(CultureInfo.InvariantCulture), await CardAsync(session, "monitoring-below"));
        Assert.Equal(summary["agencies"]!.GetValue<int>().ToString(CultureInfo.InvariantCulture), await CardAsync(session, "monitoring-agencies"));
        Assert.Equal(summary["atRiskIndicators"]!.GetValue<int>().ToString(CultureInfo.InvariantCulture), await CardAsync(session, "monitoring-at-risk"));
        Assert.Equal(new[] { "04", "06", "08", "10" }, await session.Page.Locator("#monitoring-periods tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.period)"));
        var june = await session.Page.Locator("#monitoring-periods tr[data-period='06'] td").AllInnerTextsAsync();
        Assert.Equal(new[] { "06", "2022-06-30", "40%" }, june.Take(3));
        var rows = summary["rows"]!.AsArray();
        Assert.Equal(rows.Count, await session.Page.Locator("#monitoring-rows tbody tr").CountAsync());
        var first = session.Page.Locator("#monitoring-rows tbody tr").First;
        Assert.Equal(agency, await first.GetAttributeAsync("data-agency"));
        Assert.Contains("below-threshold", (await first.GetAttributeAsync("class"))!, StringComparison.Ordinal);
        Assert.Contains($"{Percent(period["executionRate"]!)}", await first.InnerTextAsync(), StringComparison.Ordinal);
        Assert.True((await session.CanvasSizeAsync("chart-monitoring-pace")).Width > 0);
        await SaveScreenshotAsync(session, "monitoring-region");

        // Agency: declaration and review state, targets, the period against its threshold, the target-change findings.
        await first.Locator("td a").ClickAsync();
        Assert.Equal("ready", await session.WaitSettledAsync("window.perfeval.monitoring.agency && window.perfeval.monitoring.agency.agency.id === 'hengshan-sfj'"));
        var declaration = JsonNode.Parse(await admin.GetStringAsync($"/api/v1/agencies/{agency}/declarations/{year}"))!;
        Assert.Equal("approved", await session.Page.Locator("#declaration-state").GetAttributeAsync("data-status"));
        Assert.Contains($"已批复版本：第 {declaration["approvedVersion"]} 版", await session.Page.Locator("#declaration-state").InnerTextAsync(), StringComparison.Ordinal);
        var indicators = declaration["document"]!["targetSets"]!.AsArray().Sum(s => s!["indicators"]!.AsArray().Count);
        Assert.Equal(indicators, await session.Page.Locator("#declared-targets tbody tr").CountAsync());
        Assert.Contains("1000件", await session.Page.Locator("#declared-targets tbody tr", new() { HasText = "人民调解案件" }).InnerTextAsync(), StringComparison.Ordinal);

        var periodRow = session.Page.Locator("#agency-periods tr[data-period='06']");
        Assert.Contains("below-threshold", (await periodRow.GetAttributeAsync("class"))!, StringComparison.Ordinal);
        var periodText = await periodRow.InnerTextAsync();
        Assert.Contains(Percent(period["executionRate"]!), periodText, StringComparison.Ordinal);
        Assert.Contains(Percent(period["minExecutionRate"]!), periodText, StringComparison.Ordinal);
        Assert.Contains("低于阈值", periodText, StringComparison.Ordinal);
        Assert.Contains("上半年案件受理少于预期", periodText, StringComparison.Ordinal);

        var findings = check["findings"]!.AsArray();
        Assert.NotEmpty(findings);
        var findingRows = await session.Page.Locator("#target-changes tbody tr").AllAsync();
        Assert.Equal(findings.Count, findingRows.Count);
        for (var i = 0; i < findings.Count; i++)
        {
            var text = await findingRows[i].InnerTextAsync();
            Assert.Contains(findings[i]!["ruleId"]!.GetValue<string>(), text, StringComparison.Ordinal);
            foreach (var pointer in findings[i]!["reportPointers"]!.AsArray().Concat(findings[i]!["declarationPointers"]!.AsArray()))
                Assert.Contains(pointer!.GetValue<string>(), text, StringComparison.Ordinal);
        }
        Assert.Equal(check["scores"]!.AsArray().Count, await session.Page.Locator("#declared-scores tbody tr").CountAsync());
        await SaveScreenshotAsync(session, "monitoring-agency");
        Assert.Empty(ErrorsBeyondNotFound(session));

        // The agency's own key: the tab opens its own year (the drill-down's), without the region summary (that is for reviewers).
        var (_, key) = await admin.CreateKeyAsync("agency", agency);
        await using var own = await AppPageSession.OpenAsync(chromium, service, key);
        Assert.Equal("ready", await own.WaitSettledAsync("window.perfeval.agency !== null"));
        await own.Page.ClickAsync("#nav-monitoring");
        Assert.Equal("ready", await own.WaitSettledAsync("window.perfeval.monitoring && window.perfeval.monitoring.agency && window.perfeval.monitoring.agency.year === 2022"));
        Assert.Equal("approved", await own.Page.Locator("#declaration-state").GetAttributeAsync("data-status"));
        Assert.Contains("低于阈值", await own.Page.Locator("#agency-periods tr[data-period='06']").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(findings.Count, await own.Page.Locator("#target-changes tbody tr").CountAsync());
        Assert.True(await own.Page.Locator("#monitoring-back").IsHiddenAsync());
        Assert.Empty(ErrorsBeyondNotFound(own));
    }

    /// <summary>A rate as the page writes it: up to two decimals, then "%".</summary>
    private static string Percent(JsonNode rate) => rate.GetValue<decimal>().ToString("0.##", CultureInfo.InvariantCulture) + "%";

    private static async Task<string> CardAsync(AppPageSession session, string card) =>
        await session.Page.Locator($"[data-card='{card}'] .card-value").InnerTextAsync();
}
