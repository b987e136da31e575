using System.Text.Json.Nodes;
using PerfEval.Domain.Declarations;

namespace PerfEval.Domain.Tests.Declarations;

public sealed class DeclarationParserTests
{
    private static IReadOnlyList<string> Pointers(Action<JsonObject> change)
    {
        var node = JsonNode.Parse(DeclaredHengshan.DeclarationText())!.AsObject();
        change(node);
        return DeclarationParser.Parse(node.ToJsonString()).Errors.Select(e => e.Pointer).ToList();
    }

    [Fact]
    public void The_fixture_parses() => Assert.True(DeclarationParser.Parse(DeclaredHengshan.DeclarationText()).Succeeded);

    [Fact]
    public void Every_field_error_is_reported_with_its_pointer()
    {
        Assert.Contains("/targetSets/0/subject", Pointers(d => d["targetSets"]![0]!["subject"] = "person"));
        Assert.Contains("/targetSets/0/projectName", Pointers(d => d["targetSets"]![0]!.AsObject().Remove("projectName")));
        Assert.Contains("/targetSets/0/indicators/0/target/operator", Pointers(d => d["targetSets"]![0]!["indicators"]![0]!["target"]!["operator"] = "≥"));
        Assert.Contains("/targetSets/0/indicators/0/weight", Pointers(d => d["targetSets"]![0]!["indicators"]![0]!["weight"] = 101));
        Assert.Contains("/targetSets/0/indicators/0/level3", Pointers(d => d["targetSets"]![0]!["indicators"]![0]!["level3"] = " "));
        Assert.Contains("/targetSets/0/indicators/1", Pointers(d => d["targetSets"]![0]!["indicators"]![1]!["level3"] = "法治宣传场次"));
        Assert.Contains("/targetSets", Pointers(d => d["targetSets"] = new JsonArray()));
        Assert.Contains("/schemaVersion", Pointers(d => d["schemaVersion"] = "9.9"));
        Assert.Contains("/unknown", Pointers(d => d["unknown"] = 1));
        Assert.Contains("/targetSets/0/overallGoal", Pointers(d => d["targetSets"]![0]!["overallGoal"] = "a\u202Eb"));
    }
}
