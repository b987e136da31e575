namespace PerfEval.Domain.Tests.Declarations;

public sealed class DeclaredIndicatorDroppedRuleTests
{
    [Fact]
    public void A_declared_indicator_missing_from_the_self_evaluation_is_flagged_with_both_pointers()
    {
        var report = DeclaredHengshan.Report(r => DeclaredHengshan.Rows(r).Remove(DeclaredHengshan.Row(r, "法律援助案件")));

        var finding = Assert.Single(DeclaredHengshan.Findings(report, DeclaredHengshan.Declaration(), "PE-DCL-004"));

        Assert.Equal("法律援助案件", finding.Indicator);
        Assert.Equal(["/targetSets/0/indicators/6"], finding.DeclarationPointers);
        Assert.Equal(["/indicatorTables/0/indicators"], finding.ReportPointers);
    }

    [Fact]
    public void A_declared_project_with_no_table_drops_every_indicator_of_it()
    {
        var declaration = DeclaredHengshan.Declaration(d =>
        {
            var second = System.Text.Json.Nodes.JsonNode.Parse(d["targetSets"]![0]!.ToJsonString())!.AsObject();
            second["projectName"] = "另一个项目";
            d["targetSets"]!.AsArray().Add(second);
        });

        var dropped = DeclaredHengshan.Findings(DeclaredHengshan.Report(), declaration, "PE-DCL-004");

        Assert.Equal(14, dropped.Count);
        Assert.All(dropped, f => Assert.StartsWith("/targetSets/1/", f.DeclarationPointers[0], StringComparison.Ordinal));
    }
}
