using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PerfEval.Api.Tests.Infrastructure;
using PerfEval.Api.Tests.Jobs;
using PerfEval.Infrastructure.Database;

namespace PerfEval.Api.Tests.Dashboards;

/// <summary>
/// Dashboards over a seeded dataset of two provinces and four years: every total equals what the detail endpoints
/// say; conditional GET answers 304 until the data changes; CSV keeps Chinese text for Excel; scopes hold.
/// </summary>
[Trait("Provider", "each")]
public sealed class DashboardTests(ApiOnlyApp app) : IClassFixture<ApiOnlyApp>
{
    private const string Hunan = "430000";
    private const string SelfEvaluation = "cn-mof-2020-selfeval";
    private readonly LedgerDriver _ledger = new(app);

    private static async Task<JsonObject> GetObjectAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        await response.AssertSuccessAsync();
        return await response.ReadObjectAsync();
    }

    [Fact]
    public async Task Region_summary_totals_equal_the_sums_of_the_detail_endpoints_for_every_year()
    {
        var admin = app.Client();
        await DashboardSeed.SeedAsync(admin, _ledger);

        foreach (var year in new int?[] { 2021, 2022, 2023, 2024, null })
        {
            var yearQuery = year is null ? "" : $"&fiscalYear={year}";
            var summary = await GetObjectAsync(admin, $"/api/v1/dashboards/regions/{Hunan}/summary?x=1{yearQuery}");
            var reports = (await GetObjectAsync(admin, $"/api/v1/reports?regionCode={Hunan}&limit=500{yearQuery}"))["items"]!.AsArray().Select(r => r!.AsObject()).ToList();
            var findings = JsonNode.Parse(await admin.GetStringAsync($"/api/v1/findings?regionCode={Hunan}&limit=5000{yearQuery}"))!.AsArray();

            Assert.Equal(reports.Count, summary["reports"]!.GetValue<int>());
            Assert.NotNull(summary["dataAsOf"]);
            var states = summary["workflowStates"]!.AsArray().ToDictionary(c => c!["key"]!.GetValue<string>(), c => c!["count"]!.GetValue<int>());
            Assert.Equal(reports.GroupBy(r => r["status"]!.GetValue<string>()).ToDictionary(g => g.Key, g => g.Count()), states);

            var totals = summary["findings"]!;
            Assert.Equal(reports.Sum(r => r["findingCounts"]!["errors"]!.GetValue<int>()), totals["errors"]!.GetValue<int>());
            Assert.Equal(reports.Sum(r => r["findingCounts"]!["warnings"]!.GetValue<int>()), totals["warnings"]!.GetValue<int>());
            Assert.Equal(reports.Sum(r => r["findingCounts"]!["infos"]!.GetValue<int>()), totals["infos"]!.GetValue<int>());
            Assert.Equal(findings.Count, totals["errors"]!.GetValue<int>() + totals["warnings"]!.GetValue<int>() + totals["infos"]!.GetValue<int>());
            var byRule = findings.GroupBy(f => f!["finding"]!["ruleId"]!.GetValue<string>()).ToDictionary(g => g.Key, g => g.Count());
            foreach (var rule in totals["mostFrequent"]!.AsArray())
                Assert.Equal(byRule[rule!["ruleId"]!.GetValue<string>()], rule["findings"]!.GetValue<int>());

            var scores = new List<decimal>();
            var grades = new Dictionary<string, int>();
            foreach (var report in reports)
            {
                var score = await GetObjectAsync(admin, $"/api/v1/agencies/{report["agencyId"]}/reports/{report["fiscalYear"]}/score?profile={SelfEvaluation}");
                var result = score["results"]!.AsArray().SingleOrDefault();
                if (result?["total"] is { } total) scores.Add(total.GetValue<decimal>());
                if (result?["grade"] is { } grade) grades[grade.GetValue<string>()] = grades.GetValueOrDefault(grade.GetValue<string>()) + 1;
            }
            var distribution = summary["scores"]!;
            Assert.Equal(scores.Count, distribution["count"]!.GetValue<int>());
            if (scores.Count > 0)
                Assert.Equal(Math.Round(scores.Average(), 4), distribution["mean"]!.GetValue<decimal>());
            Assert.Equal(grades, summary["grades"]!.AsArray().ToDictionary(c => c!["key"]!.GetValue<string>(), c => c!["count"]!.GetValue<int>()));
        }
        var all = await GetObjectAsync(admin, $"/api/v1/dashboards/regions/{Hunan}/summary");
        Assert.True(all["scores"]!["count"]!.GetValue<int>() >= 2, all.ToJsonString());
    }

    [Fact]
    public async Task A_conditional_get_is_answered_304_until_the_data_changes()
    {
        var admin = app.Client();
        var agencies = await DashboardSeed.SeedAsync(admin, _ledger);
        var url = $"/api/v1/dashboards/regions/{Hunan}/summary?fiscalYear=2022";
        var first = await admin.GetAsync(url);
        await first.AssertSuccessAsync();
        var etag = first.Headers.ETag!;
        Assert.Contains("no-cache", first.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.True(first.Headers.Contains("X-Data-As-Of"));

        var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(etag);
        var notModified = await admin.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(etag, notModified.Headers.ETag);

        var timeseries = await admin.GetAsync($"/api/v1/dashboards/agencies/{agencies.Small}/timeseries");
        var conditional = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/dashboards/agencies/{agencies.Small}/timeseries");
        conditional.Headers.IfNoneMatch.Add(timeseries.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await admin.SendAsync(conditional)).StatusCode);

        await Task.Delay(20);
        await (await admin.PutReportAsync(agencies.Small, 2022, Documents.Minimal(2022, "衡山县小单位", total: 130m))).AssertSuccessAsync();
        await _ledger.DrainAsync();
        var stale = new HttpRequestMessage(HttpMethod.Get, url);
        stale.Headers.IfNoneMatch.Add(etag);
        var changed = await admin.SendAsync(stale);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
    }

    [Fact]
    public async Task Csv_is_utf8_with_a_bom_and_keeps_chinese_text()
    {
        var admin = app.Client();
        await DashboardSeed.SeedAsync(admin, _ledger);
        var response = await admin.GetAsync($"/api/v1/dashboards/regions/{Hunan}/rankings?fiscalYear=2022&metric=score&format=csv");
        await response.AssertSuccessAsync();
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("排名,单位ID,单位名称", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains("衡山县司法局", StringComparison.Ordinal));

        var json = await GetObjectAsync(admin, $"/api/v1/dashboards/regions/{Hunan}/rankings?fiscalYear=2022&metric=score");
        Assert.Equal(json["items"]!.AsArray().Count, lines.Length - 1);

        var summary = await admin.GetAsync($"/api/v1/dashboards/regions/{Hunan}/summary?format=csv");
        var summaryText = Encoding.UTF8.GetString(await summary.Content.ReadAsByteArrayAsync());
        Assert.StartsWith("\uFEFF项目,键,数值\r\n", summaryText, StringComparison.Ordinal);
        Assert.Contains("流程状态,draft,", summaryText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rankings_by_score_figure_and_yoy_change_match_the_detail_endpoints_and_timeseries_match_the_score()
    {
        var admin = app.Client();
        var agencies = await DashboardSeed.SeedAsync(admin, _ledger);
        var rankings = await GetObjectAsync(admin, $"/api/v1/dashboards/regions/{Hunan}/rankings?fiscalYear=2022&metric=score");
        var items = rankings["items"]!.AsArray().Select(i => i!.AsObject()).ToList();
        Assert.NotEmpty(items);
        var values = items.Select(i => i["value"]!.GetValue<decimal>()).ToList();
        Assert.Equal(values.OrderDescending(), values);
        Assert.All(items, i => Assert.InRange(i["percentileInRegion"]!.GetValue<decimal>(), 0m, 100m));
        Assert.All(items, i => Assert.Equal("司法行政", i["sector"]!.GetValue<string>()));
        Assert.Contains("score", rankings["availableMetrics"]!.AsArray().Select(m => m!.GetValue<string>()));

        var hengshanScore = (await GetObjectAsync(admin, $"/api/v1/agencies/{agencies.Hengshan}/reports/2022/score?profile={SelfEvaluation}"))["results"]![0]!["total"]!.GetValue<decimal>();
        Assert.Equal(hengshanScore, items.Single(i => i["agencyId"]!.GetValue<string>() == agencies.Hengshan)["value"]!.GetValue<decimal>());

        var series = await GetObjectAsync(admin, $"/api/v1/dashboards/agencies/{agencies.Hengshan}/timeseries");
        var years = series["years"]!.AsArray();
        Assert.Equal([2021, 2022], years.Select(y => y!["fiscalYear"]!.GetValue<int>()));
        Assert.Equal(hengshanScore, years[1]!["score"]!.GetValue<decimal>());
        Assert.Equal(hengshanScore, years[1]!["metrics"]![$"score:{SelfEvaluation}"]!.GetValue<decimal>());

        const string expenditure = "finance.final.expenditure.total";
        var byFigure = await GetObjectAsync(admin, $"/api/v1/dashboards/regions/{Hunan}/rankings?fiscalYear=2022&metric={expenditure}");
        Assert.Equal(120m, byFigure["items"]!.AsArray().Single(i => i!["agencyId"]!.GetValue<string>() == agencies.Small)!["value"]!.GetValue<decimal>());

        var yoy = await GetObjectAsync(admin, $"/api/v1/agencies/{agencies.Lingling}/reports/2023/yoy");
        var change = yoy["items"]!.AsArray().Single(i => i!["metricKey"]!.GetValue<string>() == expenditure)!["percentChange"]!.GetValue<decimal>();
        var byChange = await GetObjectAsync(admin, $"/api/v1/dashboards/regions/{Hunan}/rankings?fiscalYear=2023&metric=yoy:{expenditure}");
        Assert.Equal(change, byChange["items"]!.AsArray().Single(i => i!["agencyId"]!.GetValue<string>() == agencies.Lingling)!["value"]!.GetValue<decimal>());

        var selfScores = await GetObjectAsync(admin, $"/api/v1/dashboards/regions/{Hunan}/rankings?fiscalYear=2023&metric=selfScore");
        var linglingYears = (await GetObjectAsync(admin, $"/api/v1/dashboards/agencies/{agencies.Lingling}/timeseries"))["years"]!.AsArray();
        Assert.Equal(linglingYears.Single(y => y!["fiscalYear"]!.GetValue<int>() == 2023)!["selfScore"]!.GetValue<decimal>(),
            selfScores["items"]!.AsArray().Single(i => i!["agencyId"]!.GetValue<string>() == agencies.Lingling)!["value"]!.GetValue<decimal>());

        await (await admin.GetAsync($"/api/v1/dashboards/regions/{Hunan}/rankings?metric=score")).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await admin.GetAsync($"/api/v1/dashboards/regions/{Hunan}/summary?format=xml")).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task Every_metric_of_an_agency_ranks_with_the_value_of_its_timeseries_and_is_listed_as_available()
    {
        var admin = app.Client();
        var agencies = await DashboardSeed.SeedAsync(admin, _ledger);
        var year = (await GetObjectAsync(admin, $"/api/v1/dashboards/agencies/{agencies.Lingling}/timeseries"))["years"]!.AsArray()
            .Single(y => y!["fiscalYear"]!.GetValue<int>() == 2023)!;
        var metrics = year["metrics"]!.AsObject();
        Assert.Contains(metrics, m => m.Key.Contains('@') && m.Key.Any(c => c > '\u4e00'));
        Assert.Contains(metrics, m => m.Key.StartsWith("score:", StringComparison.Ordinal));
        Assert.Contains(metrics, m => m.Key.StartsWith("yoy:", StringComparison.Ordinal));

        var available = (await GetObjectAsync(admin, $"/api/v1/dashboards/regions/431100/rankings?fiscalYear=2023&metric=score"))["availableMetrics"]!
            .AsArray().Select(m => m!.GetValue<string>()).ToHashSet();
        foreach (var (key, value) in metrics)
        {
            Assert.Contains(key, available);
            var ranked = await GetObjectAsync(admin, $"/api/v1/dashboards/regions/431100/rankings?fiscalYear=2023&metric={Uri.EscapeDataString(key)}");
            var item = ranked["items"]!.AsArray().Single(i => i!["agencyId"]!.GetValue<string>() == agencies.Lingling)!;
            Assert.Equal(value!.GetValue<decimal>(), item["value"]!.GetValue<decimal>());
        }

        foreach (var hostile in new[] { "a\"b", "a\\b", "x\u0001", new string('m', 201) })
            await (await admin.GetAsync($"/api/v1/dashboards/regions/431100/rankings?fiscalYear=2023&metric={Uri.EscapeDataString(hostile)}"))
                .AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Empty((await GetObjectAsync(admin, "/api/v1/dashboards/regions/431100/rankings?fiscalYear=2023&metric=no.such.metric"))["items"]!.AsArray());

        // A fact stored before facts named their metric key set still offers its keys (read from its JSON).
        await using (var scope = app.Factory.Services.CreateAsyncScope())
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<DbSession>().ExecuteAsync(
                "UPDATE dashboard_facts SET metric_set = NULL WHERE agency_id = @AgencyId AND fiscal_year = 2023", new { AgencyId = agencies.Lingling }, CancellationToken.None));
        var fromJson = (await GetObjectAsync(admin, $"/api/v1/dashboards/regions/431100/rankings?fiscalYear=2023&metric=score"))["availableMetrics"]!
            .AsArray().Select(m => m!.GetValue<string>()).ToHashSet();
        Assert.Superset(metrics.Select(m => m.Key).ToHashSet(), fromJson);
    }

    [Fact]
    public async Task Pages_of_a_ranking_put_together_are_the_whole_ranking_with_the_same_ranks_and_percentiles()
    {
        var admin = app.Client();
        await DashboardSeed.SeedAsync(admin, _ledger);
        const string url = "/api/v1/dashboards/regions/000000/rankings?fiscalYear=2022&metric=finance.final.expenditure.total";
        var whole = await GetObjectAsync(admin, url);
        var items = whole["items"]!.AsArray();
        Assert.True(items.Count >= 4, whole.ToJsonString());
        Assert.Equal(items.Count, whole["total"]!.GetValue<int>());

        var paged = new List<JsonNode>();
        for (var offset = 0; offset < items.Count; offset += 3)
        {
            var page = await GetObjectAsync(admin, $"{url}&limit=3&offset={offset}");
            Assert.Equal(items.Count, page["total"]!.GetValue<int>());
            Assert.Equal(offset, page["offset"]!.GetValue<int>());
            paged.AddRange(page["items"]!.AsArray().Select(i => i!.DeepClone()));
        }
        Assert.True(JsonNode.DeepEquals(items, new JsonArray([.. paged])));
        Assert.Empty((await GetObjectAsync(admin, $"{url}&limit=3&offset={items.Count}"))["items"]!.AsArray());

        foreach (var bad in new[] { "&limit=0", "&limit=100001", "&offset=-1" })
            await (await admin.GetAsync(url + bad)).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task The_national_summary_counts_every_province_for_admin_keys()
    {
        var admin = app.Client();
        await DashboardSeed.SeedAsync(admin, _ledger);
        foreach (var year in new int?[] { 2022, null })
        {
            var yearQuery = year is null ? "" : $"&fiscalYear={year}";
            var national = await GetObjectAsync(admin, $"/api/v1/dashboards/regions/000000/summary?x=1{yearQuery}");
            var reports = (await GetObjectAsync(admin, $"/api/v1/reports?limit=500{yearQuery}"))["items"]!.AsArray();
            var hunan = await GetObjectAsync(admin, $"/api/v1/dashboards/regions/{Hunan}/summary?x=1{yearQuery}");
            var hebei = await GetObjectAsync(admin, $"/api/v1/dashboards/regions/130000/summary?x=1{yearQuery}");
            Assert.Equal("全国", national["regionName"]!.GetValue<string>());
            Assert.Equal(reports.Count, national["reports"]!.GetValue<int>());
            Assert.True(national["reports"]!.GetValue<int>() >= hunan["reports"]!.GetValue<int>() + hebei["reports"]!.GetValue<int>());
            Assert.True(hebei["reports"]!.GetValue<int>() > 0);
        }
        var ranked = await GetObjectAsync(admin, "/api/v1/dashboards/regions/000000/rankings?fiscalYear=2022&metric=finance.final.expenditure.total");
        Assert.Contains("130110", ranked["items"]!.AsArray().Select(i => i!["regionCode"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Taking_an_agency_off_the_roster_drops_a_fact_without_a_report_and_clears_the_status_of_one_with_a_report()
    {
        var admin = app.Client();
        var agency = $"rm-{Guid.NewGuid():N}"[..16];
        await admin.CreateAgencyAsync(agency, "430423", "衡山县某单位");
        await (await admin.PutAsync($"/api/v1/roster/2022/agencies/{agency}", Json("{\"approvalDate\":\"2023-06-30\"}"))).AssertSuccessAsync();
        await (await admin.PutAsync($"/api/v1/roster/2023/agencies/{agency}", Json("{\"approvalDate\":\"2024-06-30\"}"))).AssertSuccessAsync();
        await (await admin.PutReportAsync(agency, 2023, Documents.Minimal(2023, "衡山县某单位", total: 100m))).AssertSuccessAsync();
        await _ledger.DrainAsync();
        var years = await YearsAsync(admin, agency);
        Assert.Equal([2022, 2023], years.Keys.Order());
        Assert.Equal("overdue", years[2022]);

        await (await admin.DeleteAsync($"/api/v1/roster/2022/agencies/{agency}")).AssertSuccessAsync();
        await (await admin.DeleteAsync($"/api/v1/roster/2023/agencies/{agency}")).AssertSuccessAsync();
        await _ledger.DrainAsync();
        years = await YearsAsync(admin, agency);
        Assert.Equal([2023], years.Keys);
        Assert.Null(years[2023]);
    }

    private static async Task<Dictionary<int, string?>> YearsAsync(HttpClient client, string agency) =>
        (await GetObjectAsync(client, $"/api/v1/dashboards/agencies/{agency}/timeseries"))["years"]!.AsArray()
            .ToDictionary(y => y!["fiscalYear"]!.GetValue<int>(), y => y!["publicationStatus"]?.GetValue<string>());

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    [Fact]
    public async Task Dashboards_keep_to_the_callers_scope()
    {
        var admin = app.Client();
        var agencies = await DashboardSeed.SeedAsync(admin, _ledger);
        var (_, hengyangKey) = await admin.CreateKeyAsync("region", "430400");
        var hengyang = app.Client(hengyangKey);
        await (await hengyang.GetAsync($"/api/v1/dashboards/regions/{Hunan}/summary")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await hengyang.GetAsync("/api/v1/dashboards/regions/130000/summary")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await hengyang.GetAsync("/api/v1/dashboards/regions/000000/summary")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await hengyang.GetAsync($"/api/v1/dashboards/agencies/{agencies.Lusong}/timeseries")).AssertProblemAsync(HttpStatusCode.NotFound);
        var own = await GetObjectAsync(hengyang, "/api/v1/dashboards/regions/430400/summary?fiscalYear=2022");
        Assert.True(own["reports"]!.GetValue<int>() >= 2);

        var (_, agencyKey) = await admin.CreateKeyAsync("agency", agencies.Small);
        var agency = app.Client(agencyKey);
        await (await agency.GetAsync("/api/v1/dashboards/regions/430400/summary")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await agency.GetAsync($"/api/v1/dashboards/agencies/{agencies.Hengshan}/timeseries")).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Single((await GetObjectAsync(agency, $"/api/v1/dashboards/agencies/{agencies.Small}/timeseries"))["years"]!.AsArray());
    }
}
