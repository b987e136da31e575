namespace PerfEval.Domain.Tests.Declarations;

public sealed class DeclaredTargetChangedRuleTests
{
    [Fact]
    public void A_raised_number_or_other_words_are_a_changed_target()
    {
        var raised = DeclaredHengshan.Report(r => DeclaredHengshan.Target(DeclaredHengshan.Row(r, "人民调解案件"), "900件", "=", 900m, "件"));
        var words = DeclaredHengshan.Report(r => DeclaredHengshan.Target(DeclaredHengshan.Row(r, "群众满意率"), "较高", null, null, null));

        var finding = Assert.Single(DeclaredHengshan.Findings(raised, DeclaredHengshan.Declaration(), "PE-DCL-002"));
        Assert.Equal("warning", finding.Severity);
        Assert.Equal(["/indicatorTables/0/indicators/1/target"], finding.ReportPointers);
        Assert.Equal(["/targetSets/0/indicators/1/target"], finding.DeclarationPointers);
        Assert.Equal("较高", Assert.Single(DeclaredHengshan.Findings(words, DeclaredHengshan.Declaration(), "PE-DCL-002")).Stated);
    }

    [Fact]
    public void The_same_target_written_with_spaces_is_not_a_change_and_a_lowered_one_is_only_PE_DCL_001()
    {
        var spaced = DeclaredHengshan.Report(r => DeclaredHengshan.Target(DeclaredHengshan.Row(r, "各项中心工作按时完成"), "2022 年底前", null, null, null));
        var lowered = DeclaredHengshan.Report(r => DeclaredHengshan.Target(DeclaredHengshan.Row(r, "人民调解案件"), "700件", "=", 700m, "件"));

        Assert.Empty(DeclaredHengshan.Findings(spaced, DeclaredHengshan.Declaration(), "PE-DCL-002"));
        Assert.Empty(DeclaredHengshan.Findings(lowered, DeclaredHengshan.Declaration(), "PE-DCL-002"));
    }
}
