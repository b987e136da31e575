using System.Text.Json.Nodes;
using PerfEval.Domain.Audit;
using PerfEval.Domain.Audit.Rules;

namespace PerfEval.Domain.Tests.Audit.Rules;

public sealed class StatedRateMatchesCountsRuleTests
{
    private static readonly IAuditRule Rule = new StatedRateMatchesCountsRule();

    [Fact]
    public void Passes_on_consistent_figures()
    {
        Assert.Empty(SyntheticReport.Findings(Rule, SyntheticReport.Clean()));
    }

    [Fact]
    public void Fires_when_the_rate_is_not_the_ratio_of_its_counts()
    {
        var findings = SyntheticReport.Findings(Rule, SyntheticReport.With("/outputs/2/value", JsonNode.Parse("""99.5""")));

        var finding = Assert.Single(findings);
        Assert.Equal(Rule.Descriptor.Id, finding.RuleId);
        Assert.Equal("/outputs/2/value", finding.Pointers[0]);
        Assert.Equal(Severities.Error, finding.Severity);
    }

    [Fact]
    public void Reports_a_truncated_rate_as_info()
    {
        var findings = SyntheticReport.Findings(Rule, SyntheticReport.With("/outputs/2/value", JsonNode.Parse("""98.4""")));

        var finding = Assert.Single(findings);
        Assert.Equal(Rule.Descriptor.Id, finding.RuleId);
        Assert.Equal("/outputs/2/value", finding.Pointers[0]);
        Assert.Equal(Severities.Info, finding.Severity);
    }
}
