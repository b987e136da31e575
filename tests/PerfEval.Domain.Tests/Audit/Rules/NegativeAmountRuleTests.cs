using System.Text.Json.Nodes;
using PerfEval.Domain.Audit;
using PerfEval.Domain.Audit.Rules;

namespace PerfEval.Domain.Tests.Audit.Rules;

public sealed class NegativeAmountRuleTests
{
    private static readonly IAuditRule Rule = new NegativeAmountRule();

    [Fact]
    public void Passes_on_consistent_figures()
    {
        Assert.Empty(SyntheticReport.Findings(Rule, SyntheticReport.Clean()));
    }

    [Fact]
    public void Fires_on_a_negative_amount()
    {
        var findings = SyntheticReport.Findings(Rule, SyntheticReport.With("/procurement/works/value", JsonNode.Parse("""-1""")));

        var finding = Assert.Single(findings);
        Assert.Equal(Rule.Descriptor.Id, finding.RuleId);
        Assert.Equal("/procurement/works/value", finding.Pointers[0]);
    }
}
