namespace PerfEval.Domain.Tests.Declarations;

public sealed class DeclaredWeightMovedRuleTests
{
    [Fact]
    public void Another_weight_for_a_declared_indicator_is_flagged()
    {
        var report = DeclaredHengshan.Report(r => DeclaredHengshan.Row(r, "群众满意率")["weight"] = 15m);

        var finding = Assert.Single(DeclaredHengshan.Findings(report, DeclaredHengshan.Declaration(), "PE-DCL-006"));

        Assert.Equal("10", finding.Declared);
        Assert.Equal("15", finding.Stated);
        Assert.Equal(["/indicatorTables/0/indicators/16/weight"], finding.ReportPointers);
        Assert.Equal(["/targetSets/0/indicators/13/weight"], finding.DeclarationPointers);
    }
}
