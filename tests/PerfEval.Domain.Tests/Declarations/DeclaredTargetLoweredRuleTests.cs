namespace PerfEval.Domain.Tests.Declarations;

public sealed class DeclaredTargetLoweredRuleTests
{
    [Fact]
    public void A_positive_target_stated_lower_than_declared_is_an_error_citing_both_documents()
    {
        var declaration = DeclaredHengshan.Declaration(d => DeclaredHengshan.Target(DeclaredHengshan.Row(d, "人民调解案件"), "1000件", "=", 1000m, "件"));

        var finding = Assert.Single(DeclaredHengshan.Findings(DeclaredHengshan.Report(), declaration, "PE-DCL-001"));

        Assert.Equal("error", finding.Severity);
        Assert.Equal("人民调解案件", finding.Indicator);
        Assert.Equal(["/indicatorTables/0/indicators/1/target"], finding.ReportPointers);
        Assert.Equal(["/targetSets/0/indicators/1/target"], finding.DeclarationPointers);
        Assert.Equal("1000件", finding.Declared);
        Assert.Equal("800件", finding.Stated);
    }

    [Fact]
    public void A_negative_target_stated_higher_than_declared_is_lowered_too()
    {
        var declaration = DeclaredHengshan.Declaration(d => DeclaredHengshan.Target(DeclaredHengshan.Row(d, "人民调解案件"), "≤5%", "<=", 5m, "%"));
        var report = DeclaredHengshan.Report(r => DeclaredHengshan.Target(DeclaredHengshan.Row(r, "人民调解案件"), "≤8%", "<=", 8m, "%"));

        Assert.Single(DeclaredHengshan.Findings(report, declaration, "PE-DCL-001"));
    }

    [Fact]
    public void A_raised_target_or_a_text_only_target_is_not_lowered()
    {
        var raised = DeclaredHengshan.Report(r => DeclaredHengshan.Target(DeclaredHengshan.Row(r, "人民调解案件"), "900件", "=", 900m, "件"));
        var words = DeclaredHengshan.Report(r => DeclaredHengshan.Target(DeclaredHengshan.Row(r, "人民调解案件"), "有所提升", null, null, null));

        Assert.Empty(DeclaredHengshan.Findings(raised, DeclaredHengshan.Declaration(), "PE-DCL-001"));
        Assert.Empty(DeclaredHengshan.Findings(words, DeclaredHengshan.Declaration(), "PE-DCL-001"));
    }
}
