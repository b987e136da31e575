using System.Text.Json.Nodes;
using PerfEval.Domain.Audit;
using PerfEval.Domain.Audit.Rules;

namespace PerfEval.Domain.Tests.Audit.Rules;

public sealed class Level1WeightsMatchProfileRuleTests
{
    private static readonly IAuditRule Rule = new Level1WeightsMatchProfileRule();

    [Fact]
    public void Passes_on_consistent_figures()
    {
        Assert.Empty(SyntheticReport.Findings(Rule, SyntheticReport.Clean()));
    }

    [Fact]
    public void Fires_when_rows_differ_from_their_heading()
    {
        var findings = SyntheticReport.Findings(Rule, SyntheticReport.With("/indicatorTables/0/level1Weights/1/weight", JsonNode.Parse("""25""")));

        var finding = Assert.Single(findings);
        Assert.Equal(Rule.Descriptor.Id, finding.RuleId);
        Assert.Equal("/indicatorTables/0/level1Weights/1/weight", finding.Pointers[0]);
    }

    [Fact]
    public void Fires_when_a_level1_weight_differs_from_the_profile()
    {
        var findings = SyntheticReport.Findings(Rule, SyntheticReport.With("/indicatorTables/0/indicators/3/weight", JsonNode.Parse("""15""")));

        var finding = Assert.Single(findings);
        Assert.Equal(Rule.Descriptor.Id, finding.RuleId);
        Assert.Equal("/indicatorTables/0/level1Weights/2/weight", finding.Pointers[0]);
    }
}
