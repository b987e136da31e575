using PerfEval.Domain.Declarations;

namespace PerfEval.Domain.Tests.Declarations;

public sealed class TargetChangeCountsTests
{
    [Fact]
    public void Findings_are_counted_by_kind_and_the_rest_are_other_changes()
    {
        var counts = TargetChangeCounts.Of(["PE-DCL-001", "PE-DCL-001", "PE-DCL-002", "PE-DCL-003", "PE-DCL-004", "PE-DCL-005", "PE-DCL-006"]);

        Assert.Equal(new TargetChangeCounts(Lowered: 2, Dropped: 1, Added: 1, WeightMoved: 1, Other: 2), counts);
        Assert.Equal(7, counts.Total);
        Assert.Equal(0, TargetChangeCounts.Of([]).Total);
    }

    [Fact]
    public void The_hengshan_self_evaluation_against_a_declared_1000_cases_is_one_lowered_target()
    {
        var declaration = DeclaredHengshan.Declaration(d =>
            DeclaredHengshan.Row(d, "人民调解案件")["target"] = System.Text.Json.Nodes.JsonNode.Parse("""{"text":"1000件","operator":"=","value":1000,"unit":"件"}"""));

        var findings = TargetChangeRules.Run(TargetMatching.Compare(DeclaredHengshan.Report(), declaration));

        Assert.Equal(new TargetChangeCounts(1, 0, 0, 0, 0), TargetChangeCounts.Of(findings.Select(f => f.RuleId)));
    }
}
