using System.Text.Json.Nodes;
using PerfEval.Domain.Audit;
using PerfEval.Domain.Audit.Rules;

namespace PerfEval.Domain.Tests.Audit.Rules;

public sealed class ScoresAddUpToTotalRuleTests
{
    private static readonly IAuditRule Rule = new ScoresAddUpToTotalRule();

    [Fact]
    public void Passes_on_consistent_figures()
    {
        Assert.Empty(SyntheticReport.Findings(Rule, SyntheticReport.Clean()));
    }

    [Fact]
    public void Fires_when_scores_miss_the_stated_total()
    {
        var findings = SyntheticReport.Findings(Rule, SyntheticReport.With("/indicatorTables/0/indicators/1/score", JsonNode.Parse("""20""")));

        var finding = Assert.Single(findings);
        Assert.Equal(Rule.Descriptor.Id, finding.RuleId);
        Assert.Equal("/indicatorTables/0/totalScore", finding.Pointers[0]);
        Assert.Equal(95m, finding.Expected);
    }

    [Fact]
    public void Fires_when_the_self_score_differs_from_the_table()
    {
        var findings = SyntheticReport.Findings(Rule, SyntheticReport.With("/selfEvaluation/score", JsonNode.Parse("""98""")));

        var finding = Assert.Single(findings);
        Assert.Equal(Rule.Descriptor.Id, finding.RuleId);
        Assert.Equal("/selfEvaluation/score", finding.Pointers[0]);
    }
}
