using System.Text.Json.Nodes;
using PerfEval.Domain.Audit;
using PerfEval.Domain.Audit.Rules;

namespace PerfEval.Domain.Tests.Audit.Rules;

public sealed class ScoreWithinWeightRuleTests
{
    private static readonly IAuditRule Rule = new ScoreWithinWeightRule();

    [Fact]
    public void Passes_on_consistent_figures()
    {
        Assert.Empty(SyntheticReport.Findings(Rule, SyntheticReport.Clean()));
    }

    [Fact]
    public void Fires_when_a_score_exceeds_its_weight()
    {
        var findings = SyntheticReport.Findings(Rule, SyntheticReport.With("/indicatorTables/0/indicators/0/score", JsonNode.Parse("""26""")));

        var finding = Assert.Single(findings);
        Assert.Equal(Rule.Descriptor.Id, finding.RuleId);
        Assert.Equal("/indicatorTables/0/indicators/0/score", finding.Pointers[0]);
    }
}
