using System.Net;
using System.Text.Json.Nodes;
using PerfEval.Api.Tests.Infrastructure;
using PerfEval.Domain.Reports;

namespace PerfEval.Api.Tests.Hostile;

/// <summary>
/// A real report with every figure replaced by an extreme the schema accepts (the largest magnitude in 亿元, zero,
/// a negative) is saved, audited, scored and compared with the previous year: scoring ends "scored", never pending
/// or failed, whatever overflows or divides by zero inside.
/// </summary>
[Trait("Provider", "each")]
public sealed class ExtremeReportTests(TestApp app) : IClassFixture<TestApp>
{
    private const string Largest = "999999999999999.999999";

    public static TheoryData<string, string> Extremes() => new()
    {
        { Largest, "0" },
        { "-" + Largest, Largest },
        { "0", "-0.000001" },
        { "0.000001", Largest },
    };

    [Theory]
    [MemberData(nameof(Extremes))]
    public async Task A_report_of_extreme_figures_is_saved_scored_and_compared(string current, string previous)
    {
        var admin = app.Client();
        var agency = "extreme-" + Guid.NewGuid().ToString("N")[..8];
        await admin.CreateAgencyAsync(agency, "430423");

        foreach (var (year, value) in new[] { (2021, previous), (2022, current) })
        {
            var put = await admin.PutReportAsync(agency, year, Hengshan(year, value));
            Assert.True(put.StatusCode == HttpStatusCode.Created, await put.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/v1/agencies/{agency}/reports/{year}/findings")).StatusCode);
        }

        JsonNode? score = null;
        await Eventually.HoldsAsync(async () =>
        {
            score = JsonNode.Parse(await admin.GetStringAsync($"/api/v1/agencies/{agency}/reports/2022/score"));
            return score?["scoringState"]?.GetValue<string>() is not "pending";
        }, TimeSpan.FromSeconds(60), () => Task.FromResult(score?.ToJsonString() ?? "no score"));
        Assert.True(score!["scoringState"]!.GetValue<string>() == "scored", score.ToJsonString());
        await Eventually.HoldsAsync(async () => (await admin.GetAsync($"/api/v1/agencies/{agency}/reports/2022/yoy")).StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(60), () => Task.FromResult("no year-over-year comparison"));
    }

    /// <summary>衡山 2022 with every number but the fiscal year set to <paramref name="value"/>, and every money unit 亿元.</summary>
    private static string Hengshan(int year, string value)
    {
        var root = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "reports", "hengshan-2022.json")))!;
        Replace(root, value);
        root["fiscalYear"] = year;
        return root.ToJsonString();
    }

    private static void Replace(JsonNode node, string value)
    {
        if (node is JsonArray array)
            foreach (var item in array.OfType<JsonNode>()) Replace(item, value);
        if (node is not JsonObject obj) return;
        foreach (var (name, child) in obj.ToList())
        {
            if (child is JsonValue leaf && leaf.GetValueKind() == System.Text.Json.JsonValueKind.Number) obj[name] = JsonNode.Parse(value);
            else if (name == "unit" && child is JsonValue unit && MoneyUnits.All.Contains(unit.GetValue<string>())) obj[name] = MoneyUnits.HundredMillionYuan;
            else if (child is not null) Replace(child, value);
        }
    }
}
