using System.Text.Json.Nodes;

namespace PerfEval.Domain.Tests.Declarations;

public sealed class UndeclaredIndicatorAddedRuleTests
{
    [Fact]
    public void An_indicator_the_declaration_never_had_is_flagged_and_heading_rows_are_not()
    {
        var report = DeclaredHengshan.Report(r => DeclaredHengshan.Rows(r).Add(JsonNode.Parse(
            """{"level1":"产出指标","level2":"数量指标","level3":"新增宣传册","target":{"text":"100份"},"actual":{"text":"120份"},"weight":5,"score":5}""")));

        var finding = Assert.Single(DeclaredHengshan.Findings(report, DeclaredHengshan.Declaration(), "PE-DCL-005"));

        Assert.Equal("新增宣传册", finding.Indicator);
        Assert.Equal(["/indicatorTables/0/indicators/17"], finding.ReportPointers);
        Assert.Equal(["/targetSets/0/indicators"], finding.DeclarationPointers);
    }
}
