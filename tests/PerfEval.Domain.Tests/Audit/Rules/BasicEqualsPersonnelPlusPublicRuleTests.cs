using System.Text.Json.Nodes;
using PerfEval.Domain.Audit;
using PerfEval.Domain.Audit.Rules;

namespace PerfEval.Domain.Tests.Audit.Rules;

public sealed class BasicEqualsPersonnelPlusPublicRuleTests
{
    private static readonly IAuditRule Rule = new BasicEqualsPersonnelPlusPublicRule();

    [Fact]
    public void Passes_on_consistent_figures()
    {
        Assert.Empty(SyntheticReport.Findings(Rule, SyntheticReport.Clean()));
    }

    [Fact]
    public void Fires_when_personnel_plus_public_misses_basic()
    {
        var findings = SyntheticReport.Findings(Rule, SyntheticReport.With("/finance/final/expenditure/personnel/value", JsonNode.Parse("""660.00""")));

        Assert.Equal(2, findings.Count);
        var finding = findings[0];
        Assert.Equal(Rule.Descriptor.Id, finding.RuleId);
        Assert.Equal("/finance/final/expenditure/basic/value", finding.Pointers[0]);
        Assert.Contains("/finance/final/expenditure/personnel/value", finding.Pointers);
    }
}
