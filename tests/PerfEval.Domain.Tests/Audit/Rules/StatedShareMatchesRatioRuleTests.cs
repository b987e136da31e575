using System.Text.Json.Nodes;
using PerfEval.Domain.Audit;
using PerfEval.Domain.Audit.Rules;

namespace PerfEval.Domain.Tests.Audit.Rules;

public sealed class StatedShareMatchesRatioRuleTests
{
    private static readonly IAuditRule Rule = new StatedShareMatchesRatioRule();

    [Fact]
    public void Passes_on_consistent_figures()
    {
        Assert.Empty(SyntheticReport.Findings(Rule, SyntheticReport.Clean()));
    }

    [Fact]
    public void Fires_when_a_share_is_not_the_ratio()
    {
        var findings = SyntheticReport.Findings(Rule, SyntheticReport.With("/finance/final/expenditure/basic/share/value", JsonNode.Parse("""75.7""")));

        var finding = Assert.Single(findings);
        Assert.Equal(Rule.Descriptor.Id, finding.RuleId);
        Assert.Equal("/finance/final/expenditure/basic/share/value", finding.Pointers[0]);
        Assert.Equal(77.27m, finding.Expected);
    }

    [Fact]
    public void Fires_on_a_100_percent_share_of_a_larger_total()
    {
        var findings = SyntheticReport.Findings(Rule, SyntheticReport.With("/finance/budget/revenue/total/value", JsonNode.Parse("""1037.53""")));

        var finding = Assert.Single(findings);
        Assert.Equal(Rule.Descriptor.Id, finding.RuleId);
        Assert.Equal("/finance/budget/revenue/fiscalAppropriation/share/value", finding.Pointers[0]);
    }
}
