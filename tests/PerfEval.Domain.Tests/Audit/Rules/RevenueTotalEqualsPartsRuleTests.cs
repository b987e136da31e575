using System.Text.Json.Nodes;
using PerfEval.Domain.Audit;
using PerfEval.Domain.Audit.Rules;

namespace PerfEval.Domain.Tests.Audit.Rules;

public sealed class RevenueTotalEqualsPartsRuleTests
{
    private static readonly IAuditRule Rule = new RevenueTotalEqualsPartsRule();

    [Fact]
    public void Passes_on_consistent_figures()
    {
        Assert.Empty(SyntheticReport.Findings(Rule, SyntheticReport.Clean()));
    }

    [Fact]
    public void Fires_when_sources_miss_the_total()
    {
        var findings = SyntheticReport.Findings(Rule, SyntheticReport.With("/finance/budget/revenue/fiscalAppropriation/value", JsonNode.Parse("""962.47""")));

        var finding = Assert.Single(findings);
        Assert.Equal(Rule.Descriptor.Id, finding.RuleId);
        Assert.Equal("/finance/budget/revenue/total/value", finding.Pointers[0]);
        Assert.Equal(37.53m, finding.Difference);
    }
}
