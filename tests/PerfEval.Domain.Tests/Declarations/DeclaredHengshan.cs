using System.Text.Json.Nodes;
using PerfEval.Domain.Declarations;
using PerfEval.Domain.Reports;

namespace PerfEval.Domain.Tests.Declarations;

/// <summary>衡山县司法局 2022: its 自评表 and a declaration holding exactly the targets the 自评表 quotes, each changeable.</summary>
public static class DeclaredHengshan
{
    public static string DeclarationText() =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "declarations", "hengshan-2022.json"));

    public static DeclarationDocument Declaration(Action<JsonObject>? change = null)
    {
        var node = JsonNode.Parse(DeclarationText())!.AsObject();
        change?.Invoke(node);
        var parsed = DeclarationParser.Parse(node.ToJsonString());
        Assert.True(parsed.Succeeded, string.Join("; ", parsed.Errors.Select(e => $"{e.Pointer}: {e.Message}")));
        return parsed.Document!;
    }

    public static ReportDocument Report(Action<JsonObject>? change = null)
    {
        var node = JsonNode.Parse(Fixtures.ReportJsonText("hengshan-2022"))!.AsObject();
        change?.Invoke(node);
        return ReportJson.Deserialize(node.ToJsonString())!;
    }

    /// <summary>The 自评表 row (report) or declared indicator whose 三级指标 is <paramref name="level3"/>.</summary>
    public static JsonObject Row(JsonObject document, string level3)
    {
        var rows = document["indicatorTables"] is JsonArray tables ? tables[0]!["indicators"]! : document["targetSets"]![0]!["indicators"]!;
        return rows.AsArray().Single(r => r!["level3"]?.GetValue<string>() == level3)!.AsObject();
    }

    public static JsonArray Rows(JsonObject document) =>
        (document["indicatorTables"] is JsonArray tables ? tables[0]!["indicators"]! : document["targetSets"]![0]!["indicators"]!).AsArray();

    public static IReadOnlyList<TargetChangeFinding> Findings(ReportDocument report, DeclarationDocument declaration, string ruleId) =>
        TargetChangeRules.Run(TargetMatching.Compare(report, declaration)).Where(f => f.RuleId == ruleId).ToList();

    public static void Target(JsonObject row, string text, string? op, decimal? value, string? unit)
    {
        var target = new JsonObject { ["text"] = text };
        if (op is not null) target["operator"] = op;
        if (value is not null) target["value"] = value;
        if (unit is not null) target["unit"] = unit;
        row["target"] = target;
    }
}
