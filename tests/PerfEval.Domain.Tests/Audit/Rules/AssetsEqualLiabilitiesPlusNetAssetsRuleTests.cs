using System.Text.Json.Nodes;
using PerfEval.Domain.Audit;
using PerfEval.Domain.Audit.Rules;

namespace PerfEval.Domain.Tests.Audit.Rules;

public sealed class AssetsEqualLiabilitiesPlusNetAssetsRuleTests
{
    private static readonly IAuditRule Rule = new AssetsEqualLiabilitiesPlusNetAssetsRule();

    [Fact]
    public void Passes_on_consistent_figures()
    {
        Assert.Empty(SyntheticReport.Findings(Rule, SyntheticReport.Clean()));
    }

    [Fact]
    public void Fires_when_the_balance_sheet_does_not_balance()
    {
        var findings = SyntheticReport.Findings(Rule, SyntheticReport.With("/assets/netAssets/value", JsonNode.Parse("""1286.58""")));

        var finding = Assert.Single(findings);
        Assert.Equal(Rule.Descriptor.Id, finding.RuleId);
        Assert.Equal("/assets/totalAssets/value", finding.Pointers[0]);
    }
}
