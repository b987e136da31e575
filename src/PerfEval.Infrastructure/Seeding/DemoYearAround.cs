using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PerfEval.Infrastructure.Seeding;

/// <summary>
/// Demo declarations (绩效目标申报) and one mid-year monitoring report per demo agency, built from what each demo
/// report states as its targets: the 自评表's 指标值 (衡山) and the 绩效目标 with stated values (鹿泉, 芦淞). A report
/// that states no indicator target (零陵, 海珠, 芦淞) is declared with the 自评表 template's 预算执行率 row (100 %).
/// One target is changed so the check is visible: 衡山 declared 人民调解案件 1000件, its 自评表 quotes 800件 (PE-DCL-001).
/// The mid-year figures are illustrative (no report states them): 45 % of the budget executed by the end of June,
/// 32 % for 鹿泉 so the dashboard shows an agency below its threshold and an indicator at risk.
/// </summary>
public static class DemoYearAround
{
    public const string Period = "06";

    /// <summary>The agency whose declaration differs from what its 自评表 quotes.</summary>
    public const string ChangedTargetAgency = "hengshan-sfj";

    public const string BelowThresholdAgency = "luquan-sfj";

    /// <summary>The demo's thresholds, set for each demo province: the periods and rates of Sichuan's 2025 monitoring scheme.</summary>
    public const string ThresholdSource =
        "演示数据：按四川省2025年预算绩效运行监控口径设置（4、6、8、10月末累计预算执行率分别低于25%、40%、60%、80%预警），并非本省通知";

    public static IReadOnlyList<(string Period, DateOnly EndsOn, decimal MinExecutionRate)> Thresholds(int fiscalYear) =>
    [
        ("04", new DateOnly(fiscalYear, 4, 30), 25m),
        ("06", new DateOnly(fiscalYear, 6, 30), 40m),
        ("08", new DateOnly(fiscalYear, 8, 31), 60m),
        ("10", new DateOnly(fiscalYear, 10, 31), 80m),
    ];

    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string DeclarationJson(DemoAgencies.DemoAgency agency, string reportJson)
    {
        var report = JsonNode.Parse(reportJson)!.AsObject();
        var sets = new JsonArray();
        foreach (var table in report["indicatorTables"]?.AsArray() ?? [])
        {
            var indicators = new JsonArray();
            foreach (var row in table!["indicators"]!.AsArray())
            {
                if (row!["target"]?["text"] is null || indicators.Any(i => i!["level3"]!.GetValue<string>() == row["level3"]!.GetValue<string>())) continue;
                var declared = new JsonObject { ["level1"] = row["level1"]!.DeepClone(), ["level2"] = row["level2"]?.DeepClone(), ["level3"] = row["level3"]!.DeepClone(),
                    ["target"] = row["target"]!.DeepClone(), ["weight"] = row["weight"]?.DeepClone() };
                if (agency.Id == ChangedTargetAgency && row["level3"]!.GetValue<string>() == "人民调解案件")
                    declared["target"] = new JsonObject { ["text"] = "1000件", ["operator"] = "=", ["value"] = 1000, ["unit"] = "件" };
                indicators.Add(declared);
            }
            sets.Add(new JsonObject { ["subject"] = table["subject"]!.DeepClone(), ["projectName"] = table["projectName"]?.DeepClone(),
                ["overallGoal"] = table["overallGoalPlanned"]?.DeepClone(), ["indicators"] = indicators });
        }
        if (sets.Count == 0) sets.Add(DepartmentSet(report));
        var declaration = new JsonObject { ["schemaVersion"] = "1.0", ["fiscalYear"] = agency.FiscalYear, ["agencyName"] = agency.Name, ["targetSets"] = sets };
        return WithoutNulls(declaration).ToJsonString(Compact);
    }

    /// <summary>The department's set: its stated 绩效目标 as the overall goal, and the stated indicator values (each once).</summary>
    private static JsonObject DepartmentSet(JsonObject report)
    {
        var goals = report["performanceGoals"]?.AsArray() ?? [];
        var indicators = new JsonArray();
        foreach (var stated in goals.SelectMany(g => g!["indicators"]?.AsArray() ?? []))
        {
            if (stated!["target"]?["text"] is null || indicators.Any(i => i!["level3"]!.GetValue<string>() == stated["name"]!.GetValue<string>())) continue;
            indicators.Add(new JsonObject { ["level1"] = "产出指标", ["level3"] = stated["name"]!.DeepClone(), ["target"] = stated["target"]!.DeepClone() });
        }
        if (indicators.Count == 0)
            indicators.Add(new JsonObject { ["level1"] = "预算执行率", ["level3"] = "预算执行率",
                ["target"] = new JsonObject { ["text"] = "100%", ["operator"] = "=", ["value"] = 100, ["unit"] = "%" }, ["weight"] = 10 });
        var overall = string.Join("", goals.Select(g => g!["goal"]?.GetValue<string>()).Where(g => g is not null and not "无"));
        return new JsonObject { ["subject"] = "department", ["overallGoal"] = overall.Length == 0 ? null : overall, ["indicators"] = indicators };
    }

    /// <summary>The agency's end-of-June monitoring report against <paramref name="declarationJson"/>'s indicators (illustrative figures).</summary>
    public static string MonitoringJson(DemoAgencies.DemoAgency agency, string reportJson, string declarationJson)
    {
        var finance = JsonNode.Parse(reportJson)!["finance"]!;
        var budget = finance["budget"]?["revenue"]?["total"] ?? finance["final"]!["expenditure"]!["total"]!;
        var budgetValue = budget["value"]!.GetValue<decimal>();
        var behind = agency.Id == BelowThresholdAgency;
        var executed = Math.Round(budgetValue * (behind ? 0.32m : 0.45m), 2);
        var indicators = new JsonArray();
        foreach (var indicator in JsonNode.Parse(declarationJson)!["targetSets"]!.AsArray().SelectMany(s => s!["indicators"]!.AsArray()))
        {
            var atRisk = behind && indicators.Count == 0;
            var progress = new JsonObject { ["text"] = atRisk ? "进度滞后" : "按序时进度推进" };
            indicators.Add(new JsonObject
            {
                ["level3"] = indicator!["level3"]!.DeepClone(), ["progress"] = progress, ["atRisk"] = atRisk,
                ["deviationReason"] = atRisk ? "上半年项目资金拨付滞后" : null, ["correctiveAction"] = atRisk ? "加快支出进度，按月调度" : null,
            });
        }
        var monitoring = new JsonObject
        {
            ["schemaVersion"] = "1.0", ["fiscalYear"] = agency.FiscalYear, ["period"] = Period,
            ["fullYearBudget"] = new JsonObject { ["value"] = budgetValue, ["unit"] = budget["unit"]!.DeepClone() },
            ["executed"] = new JsonObject { ["value"] = executed, ["unit"] = budget["unit"]!.DeepClone() },
            ["indicators"] = indicators,
        };
        return WithoutNulls(monitoring).ToJsonString(Compact);
    }

    /// <summary>Drops members whose value is null (a member the source does not state is left out, not sent as null).</summary>
    private static JsonNode WithoutNulls(JsonNode node)
    {
        if (node is JsonObject obj)
            foreach (var (name, value) in obj.ToList())
                if (value is null) obj.Remove(name);
                else WithoutNulls(value);
        else if (node is JsonArray array)
            foreach (var item in array) if (item is not null) WithoutNulls(item);
        return node;
    }
}
