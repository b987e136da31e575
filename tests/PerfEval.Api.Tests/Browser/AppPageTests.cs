using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit.Abstractions;

namespace PerfEval.Api.Tests.Browser;

/// <summary>
/// The /app page in a real browser against the running service with its demo data: every number a chart or card
/// shows is compared with what the JSON API answers for the same question.
/// </summary>
[Trait("Provider", "each")]
public sealed class AppPageTests(ProviderDemoService service, Chromium chromium, ITestOutputHelper output)
    : IClassFixture<ProviderDemoService>, IClassFixture<Chromium>
{
    private static readonly string[] Grades = ["优", "良", "中", "差"];

    [Fact]
    public async Task The_page_shows_the_demo_agencies_with_the_numbers_the_api_gives()
    {
        await using var session = await AppPageSession.OpenAsync(chromium, service);
        Assert.Equal("ready", await session.WaitSettledAsync());

        var summary = await service.GetJsonAsync("/api/v1/dashboards/regions/000000/summary");
        var reports = (await service.GetJsonAsync("/api/v1/reports?limit=500")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(5, summary.GetProperty("reports").GetInt32());
        Assert.Equal(summary.GetProperty("reports").GetInt32().ToString(CultureInfo.InvariantCulture), await CardAsync(session, "reports"));
        var findings = summary.GetProperty("findings");
        Assert.Equal(findings.GetProperty("errors").GetInt32().ToString(CultureInfo.InvariantCulture), await CardAsync(session, "errors"));
        Assert.Equal(findings.GetProperty("warnings").GetInt32().ToString(CultureInfo.InvariantCulture), await CardAsync(session, "warnings"));
        var statuses = summary.GetProperty("publicationStatuses").EnumerateArray().ToDictionary(s => s.GetProperty("key").GetString()!, s => s.GetProperty("count").GetInt32());
        Assert.Equal(statuses.Where(s => s.Key.StartsWith("published", StringComparison.Ordinal)).Sum(s => s.Value).ToString(CultureInfo.InvariantCulture), await CardAsync(session, "published"));
        Assert.Equal(statuses.GetValueOrDefault("overdue").ToString(CultureInfo.InvariantCulture), await CardAsync(session, "overdue"));

        var grades = summary.GetProperty("grades").EnumerateArray().ToDictionary(g => g.GetProperty("key").GetString()!, g => g.GetProperty("count").GetInt32());
        var gradeChart = await session.ChartOptionAsync("chart-grades");
        Assert.Equal(Grades.Select(g => grades.GetValueOrDefault(g)), Numbers(gradeChart.GetProperty("series")[0].GetProperty("data")).Select(v => (int)v!));

        var frequent = findings.GetProperty("mostFrequent").EnumerateArray().ToList();
        Assert.NotEmpty(frequent);
        var findingChart = await session.ChartOptionAsync("chart-findings");
        Assert.Equal(frequent.Select(r => r.GetProperty("ruleId").GetString()).Reverse(), findingChart.GetProperty("yAxis")[0].GetProperty("data").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(frequent.Select(r => (decimal?)r.GetProperty("findings").GetInt32()).Reverse(), Numbers(findingChart.GetProperty("series")[0].GetProperty("data")));

        var expectedPoints = await ScorePointsAsync(reports);
        Assert.NotEmpty(expectedPoints);
        var scatter = (await session.ChartOptionAsync("chart-scatter")).GetProperty("series")[0].GetProperty("data").EnumerateArray()
            .Select(p => (p.GetProperty("value")[0].GetDecimal(), p.GetProperty("value")[1].GetDecimal())).Order().ToList();
        Assert.Equal(expectedPoints.Order(), scatter);

        var roster = new List<JsonElement>();
        foreach (var year in reports.Select(r => r.GetProperty("fiscalYear").GetInt32()).Distinct())
            roster.AddRange((await service.GetJsonAsync($"/api/v1/roster/{year}")).EnumerateArray());
        var publication = await session.ChartOptionAsync("chart-publication");
        var groups = new Dictionary<string, string> { ["按时"] = "published_on_time", ["逾期公开"] = "published_late", ["逾期未公开"] = "overdue" };
        foreach (var series in publication.GetProperty("series").EnumerateArray())
        {
            var status = groups[series.GetProperty("name").GetString()!];
            Assert.Equal(roster.Count(e => e.GetProperty("status").GetString() == status), Numbers(series.GetProperty("data")).Count(v => v is not null));
        }

        var agencies = (await service.GetJsonAsync("/api/v1/agencies")).EnumerateArray().ToDictionary(a => a.GetProperty("id").GetString()!, a => a.GetProperty("name").GetString()!);
        var rows = await session.Page.Locator("#agencies tbody tr").AllAsync();
        Assert.Equal(reports.Count, rows.Count);
        foreach (var row in rows)
            Assert.Equal(agencies[(await row.GetAttributeAsync("data-agency"))!], await row.Locator("td a").InnerTextAsync());

        foreach (var chart in new[] { "chart-grades", "chart-scatter", "chart-findings", "chart-publication" })
            Assert.True((await session.CanvasSizeAsync(chart)).Width > 0, $"{chart} drew nothing");
        await SaveScreenshotAsync(session, "region");
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task An_agency_drill_down_points_each_finding_at_its_figure()
    {
        await using var session = await AppPageSession.OpenAsync(chromium, service);
        Assert.Equal("ready", await session.WaitSettledAsync());
        await session.Page.Locator("#agencies tr[data-agency='hengshan-sfj'] a").ClickAsync();
        Assert.Equal("ready", await session.WaitSettledAsync("window.perfeval.agency && window.perfeval.agency.agencyId === 'hengshan-sfj'"));

        var findings = (await service.GetJsonAsync("/api/v1/agencies/hengshan-sfj/reports/2022/findings")).GetProperty("findings").EnumerateArray().ToList();
        var document = (await service.GetJsonAsync("/api/v1/agencies/hengshan-sfj/reports/2022")).GetProperty("document");
        var rows = await session.Page.Locator("#findings tbody tr").AllAsync();
        Assert.Equal(findings.Count, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var figures = await rows[i].Locator("td").Nth(3).InnerTextAsync();
            Assert.Contains(findings[i].GetProperty("ruleId").GetString()!, await rows[i].InnerTextAsync(), StringComparison.Ordinal);
            foreach (var pointer in findings[i].GetProperty("pointers").EnumerateArray().Select(p => p.GetString()!))
            {
                Assert.Contains(pointer, figures, StringComparison.Ordinal);
                if (Resolve(document, pointer) is { ValueKind: JsonValueKind.Number } number)
                    Assert.Contains($"{pointer} → {number.GetRawText()}", figures, StringComparison.Ordinal);
            }
        }
        var fundsTotal = await rows[0].Locator("td").Nth(3).InnerTextAsync();
        Assert.Contains("/indicatorTables/0/budgetExecution/fullYearBudget/value → 265.58 万元", fundsTotal, StringComparison.Ordinal);

        var timeseries = await service.GetJsonAsync("/api/v1/dashboards/agencies/hengshan-sfj/timeseries");
        var year2022 = timeseries.GetProperty("years").EnumerateArray().Single(y => y.GetProperty("fiscalYear").GetInt32() == 2022);
        var money = await session.ChartOptionAsync("chart-yoy-money");
        var years = money.GetProperty("xAxis")[0].GetProperty("data").EnumerateArray().Select(y => y.GetString()).ToList();
        var total = money.GetProperty("series").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "支出决算合计");
        Assert.Equal(year2022.GetProperty("metrics").GetProperty("finance.final.expenditure.total").GetDecimal(), Numbers(total.GetProperty("data"))[years.IndexOf("2022")]);
        Assert.True((await session.CanvasSizeAsync("chart-yoy-money")).Width > 0);

        var download = await session.Page.RunAndWaitForDownloadAsync(() => session.Page.Locator("#export-xlsx").ClickAsync());
        using var api = service.Client();
        using var exported = await api.GetAsync("/api/v1/agencies/hengshan-sfj/reports/2022/exports/xlsx");
        Assert.Equal(exported.Content.Headers.ContentDisposition!.FileNameStar, download.SuggestedFilename);
        var saved = await File.ReadAllBytesAsync(await download.PathAsync());
        Assert.Equal("PK"u8.ToArray(), saved[..2]);
        await SaveScreenshotAsync(session, "agency-hengshan");
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task Choosing_a_province_and_a_year_shows_that_region_only()
    {
        await using var session = await AppPageSession.OpenAsync(chromium, service);
        Assert.Equal("ready", await session.WaitSettledAsync());
        await session.Page.Locator("#region-picker select[data-level='1']").SelectOptionAsync("430000");
        Assert.Equal("ready", await session.WaitSettledAsync("window.perfeval.region.code === '430000'"));
        await session.Page.Locator("#year").SelectOptionAsync("2022");
        Assert.Equal("ready", await session.WaitSettledAsync("window.perfeval.year === 2022"));

        var summary = await service.GetJsonAsync("/api/v1/dashboards/regions/430000/summary?fiscalYear=2022");
        var reports = (await service.GetJsonAsync("/api/v1/reports?regionCode=430000&fiscalYear=2022")).GetProperty("items").GetArrayLength();
        Assert.Equal(summary.GetProperty("reports").GetInt32().ToString(CultureInfo.InvariantCulture), await CardAsync(session, "reports"));
        Assert.Equal(reports, await session.Page.Locator("#agencies tbody tr").CountAsync());
        Assert.Contains("湖南省", await session.Page.Locator("#overview-title").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task A_region_key_starts_at_its_region_and_an_agency_key_at_its_own_report()
    {
        await using (var region = await AppPageSession.OpenAsync(chromium, service, await CreateKeyAsync("region", "430000")))
        {
            Assert.Equal("ready", await region.WaitSettledAsync());
            var summary = await service.GetJsonAsync("/api/v1/dashboards/regions/430000/summary");
            Assert.Equal("430000", await region.Page.EvaluateAsync<string>("() => window.perfeval.region.code"));
            Assert.Equal(summary.GetProperty("reports").GetInt32().ToString(CultureInfo.InvariantCulture), await CardAsync(region, "reports"));
            Assert.Equal(summary.GetProperty("reports").GetInt32(), await region.Page.Locator("#agencies tbody tr").CountAsync());
            Assert.Empty(region.Errors);
        }

        await using var agency = await AppPageSession.OpenAsync(chromium, service, await CreateKeyAsync("agency", "hengshan-sfj"));
        Assert.Equal("ready", await agency.WaitSettledAsync("window.perfeval.agency !== null"));
        Assert.Contains("衡山县司法局 · 2022", await agency.Page.Locator("#agency-title").InnerTextAsync(), StringComparison.Ordinal);
        Assert.False(await agency.Page.Locator("#overview").IsVisibleAsync());
        Assert.Empty(agency.Errors);
    }

    [Fact]
    public async Task A_wrong_key_gets_a_clear_message_and_no_data()
    {
        await using var session = await AppPageSession.OpenAsync(chromium, service, "not-a-valid-key-0000000000000000");
        Assert.Equal("error", await session.WaitSettledAsync());
        var message = session.Page.Locator("#key-error");
        Assert.True(await message.IsVisibleAsync());
        Assert.Contains("API 密钥无效", await message.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await session.Page.Locator("#agencies tbody tr").CountAsync());
        await SaveScreenshotAsync(session, "wrong-key");
    }

    private async Task SaveScreenshotAsync(AppPageSession session, string name)
    {
        var path = await session.ScreenshotAsync($"app-{name}-{service.Provider}");
        Assert.True(new FileInfo(path).Length > 10_000, $"{path} is suspiciously small");
        output.WriteLine($"screenshot: {path}");
    }

    private async Task<string> CreateKeyAsync(string role, string scope)
    {
        using var admin = service.Client();
        using var response = await admin.PostAsync("/api/v1/api-keys", new StringContent(
            JsonSerializer.Serialize(new { name = $"browser {role}", role, scope }), System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
    }

    private static async Task<string> CardAsync(AppPageSession session, string card) =>
        await session.Page.Locator($"[data-card='{card}'] .card-value").InnerTextAsync();

    private static List<decimal?> Numbers(JsonElement data) =>
        data.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Number ? v.GetDecimal() : (decimal?)null).ToList();

    private async Task<List<(decimal Self, decimal Computed)>> ScorePointsAsync(List<JsonElement> reports)
    {
        var points = new List<(decimal, decimal)>();
        foreach (var year in reports.Select(r => r.GetProperty("fiscalYear").GetInt32()).Distinct())
        {
            var self = await RankingAsync(year, "selfScore");
            var computed = await RankingAsync(year, "score");
            points.AddRange(self.Where(s => computed.ContainsKey(s.Key)).Select(s => (s.Value, computed[s.Key])));
        }
        return points;
    }

    private async Task<Dictionary<string, decimal>> RankingAsync(int year, string metric) =>
        (await service.GetJsonAsync($"/api/v1/dashboards/regions/000000/rankings?fiscalYear={year}&metric={metric}")).GetProperty("items").EnumerateArray()
            .ToDictionary(i => i.GetProperty("agencyId").GetString()!, i => i.GetProperty("value").GetDecimal());

    private static JsonElement? Resolve(JsonElement document, string pointer)
    {
        var node = document;
        foreach (var token in pointer.Split('/').Skip(1).Select(t => t.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)))
        {
            if (node.ValueKind == JsonValueKind.Object && node.TryGetProperty(token, out var child)) node = child;
            else if (node.ValueKind == JsonValueKind.Array && int.TryParse(token, CultureInfo.InvariantCulture, out var index) && index < node.GetArrayLength()) node = node[index];
            else return null;
        }
        return node;
    }
}
