using System.Text.Json.Nodes;
using PerfEval.Domain.Audit;
using PerfEval.Domain.Audit.Rules;

namespace PerfEval.Domain.Tests.Audit.Rules;

public sealed class RestatedFigureDiffersRuleTests
{
    private static readonly IAuditRule Rule = new RestatedFigureDiffersRule();

    [Fact]
    public void Passes_on_consistent_figures()
    {
        Assert.Empty(SyntheticReport.Findings(Rule, SyntheticReport.Clean()));
    }

    [Fact]
    public void Fires_when_a_restated_amount_differs_by_one_cent()
    {
        var findings = SyntheticReport.Findings(Rule, SyntheticReport.With("/finance/final/expenditure/basic/restatements/0/value", JsonNode.Parse("""849.99""")));

        var finding = Assert.Single(findings);
        Assert.Equal(Rule.Descriptor.Id, finding.RuleId);
        Assert.Equal("/finance/final/expenditure/basic/value", finding.Pointers[0]);
    }
}
