namespace PerfEval.Domain.Tests.Declarations;

public sealed class DeclaredOperatorOrUnitChangedRuleTests
{
    [Theory]
    [InlineData("800场", "=", "场")]
    [InlineData("≤800件", "<=", "件")]
    public void Another_unit_or_direction_is_flagged_once_and_not_as_lowered(string text, string op, string unit)
    {
        var report = DeclaredHengshan.Report(r => DeclaredHengshan.Target(DeclaredHengshan.Row(r, "人民调解案件"), text, op, 800m, unit));
        var declaration = DeclaredHengshan.Declaration();

        var finding = Assert.Single(DeclaredHengshan.Findings(report, declaration, "PE-DCL-003"));
        Assert.Equal(["/targetSets/0/indicators/1/target"], finding.DeclarationPointers);
        Assert.Empty(DeclaredHengshan.Findings(report, declaration, "PE-DCL-001"));
        Assert.Empty(DeclaredHengshan.Findings(report, declaration, "PE-DCL-002"));
    }
}
