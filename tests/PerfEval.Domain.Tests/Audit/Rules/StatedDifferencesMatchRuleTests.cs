using System.Text.Json.Nodes;
using PerfEval.Domain.Audit;
using PerfEval.Domain.Audit.Rules;

namespace PerfEval.Domain.Tests.Audit.Rules;

public sealed class StatedDifferencesMatchRuleTests
{
    private static readonly IAuditRule Rule = new StatedDifferencesMatchRule();

    [Fact]
    public void Passes_on_consistent_figures()
    {
        Assert.Empty(SyntheticReport.Findings(Rule, SyntheticReport.Clean()));
    }

    [Fact]
    public void Fires_when_the_stated_budget_difference_is_wrong()
    {
        var findings = SyntheticReport.Findings(Rule, SyntheticReport.With("/finance/budgetToFinal/revenueDifference/value", JsonNode.Parse("""229.70""")));

        var finding = Assert.Single(findings);
        Assert.Equal(Rule.Descriptor.Id, finding.RuleId);
        Assert.Equal("/finance/budgetToFinal/revenueDifference/value", finding.Pointers[0]);
        Assert.Equal(100.00m, finding.Expected);
    }

    [Fact]
    public void Fires_when_the_stated_san_gong_change_is_wrong()
    {
        var findings = SyntheticReport.Findings(Rule, SyntheticReport.With("/sanGong/changeFromPriorYear/value", JsonNode.Parse("""-1.22""")));

        var finding = Assert.Single(findings);
        Assert.Equal(Rule.Descriptor.Id, finding.RuleId);
        Assert.Equal("/sanGong/changeFromPriorYear/value", finding.Pointers[0]);
    }
}
