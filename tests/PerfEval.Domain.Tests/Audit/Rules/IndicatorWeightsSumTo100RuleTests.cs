using System.Text.Json.Nodes;
using PerfEval.Domain.Audit;
using PerfEval.Domain.Audit.Rules;

namespace PerfEval.Domain.Tests.Audit.Rules;

public sealed class IndicatorWeightsSumTo100RuleTests
{
    private static readonly IAuditRule Rule = new IndicatorWeightsSumTo100Rule();

    [Fact]
    public void Passes_on_consistent_figures()
    {
        Assert.Empty(SyntheticReport.Findings(Rule, SyntheticReport.Clean()));
    }

    [Fact]
    public void Fires_when_weights_do_not_add_up_to_100()
    {
        var findings = SyntheticReport.Findings(Rule, SyntheticReport.With("/indicatorTables/0/indicators/0/weight", JsonNode.Parse("""20""")));

        var finding = Assert.Single(findings);
        Assert.Equal(Rule.Descriptor.Id, finding.RuleId);
        Assert.Equal("/indicatorTables/0/totalWeight", finding.Pointers[0]);
        Assert.Equal(95m, finding.Actual);
    }
}
