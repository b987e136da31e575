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

    [Fact]
    public void Fires_when_the_self_score_exceeds_the_full_mark()
    {
        var finding = Assert.Single(SyntheticReport.Findings(Rule, SyntheticReport.With("/selfEvaluation/fullMarks", JsonNode.Parse("95"))));

        Assert.Equal(["/selfEvaluation/score", "/selfEvaluation/fullMarks"], finding.Pointers);
        Assert.Equal(95m, finding.Expected);
    }

    [Fact]
    public void Without_a_stated_full_mark_the_self_score_is_out_of_100()
    {
        var document = SyntheticReport.With(("/selfEvaluation/fullMarks", null), ("/selfEvaluation/score", JsonNode.Parse("101")));

        Assert.Equal("/selfEvaluation/score", Assert.Single(SyntheticReport.Findings(Rule, document)).Pointers.Single());
    }
}
