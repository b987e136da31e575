using System.Text.Json.Nodes;
using PerfEval.Domain.Audit;
using PerfEval.Domain.Audit.Rules;

namespace PerfEval.Domain.Tests.Audit.Rules;

public sealed class SanGongTotalEqualsComponentsRuleTests
{
    private static readonly IAuditRule Rule = new SanGongTotalEqualsComponentsRule();

    [Fact]
    public void Passes_on_consistent_figures()
    {
        Assert.Empty(SyntheticReport.Findings(Rule, SyntheticReport.Clean()));
    }

    [Fact]
    public void Fires_when_the_three_items_miss_the_total()
    {
        var findings = SyntheticReport.Findings(Rule, SyntheticReport.With("/sanGong/budget/reception/value", JsonNode.Parse("""1.50""")));

        var finding = Assert.Single(findings);
        Assert.Equal(Rule.Descriptor.Id, finding.RuleId);
        Assert.Equal("/sanGong/budget/total/value", finding.Pointers[0]);
    }
}
