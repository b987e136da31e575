using System.Text.Json.Nodes;
using PerfEval.Domain.Audit;
using PerfEval.Domain.Audit.Rules;

namespace PerfEval.Domain.Tests.Audit.Rules;

public sealed class SameMetricDifferentValuesRuleTests
{
    private static readonly IAuditRule Rule = new SameMetricDifferentValuesRule();

    [Fact]
    public void Passes_on_consistent_figures()
    {
        Assert.Empty(SyntheticReport.Findings(Rule, SyntheticReport.Clean()));
    }

    [Fact]
    public void Fires_when_the_same_metric_has_two_values()
    {
        var findings = SyntheticReport.Findings(Rule, SyntheticReport.With("/outputs/7/value", JsonNode.Parse("""205""")));

        var finding = Assert.Single(findings);
        Assert.Equal(Rule.Descriptor.Id, finding.RuleId);
        Assert.Equal("/outputs/3/value", finding.Pointers[0]);
        Assert.Contains("/outputs/7/value", finding.Pointers);
    }
}
