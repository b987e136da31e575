using System.Text.Json.Nodes;
using PerfEval.Domain.Audit;
using PerfEval.Domain.Audit.Rules;

namespace PerfEval.Domain.Tests.Audit.Rules;

public sealed class ProcurementTotalEqualsPartsRuleTests
{
    private static readonly IAuditRule Rule = new ProcurementTotalEqualsPartsRule();

    [Fact]
    public void Passes_on_consistent_figures()
    {
        Assert.Empty(SyntheticReport.Findings(Rule, SyntheticReport.Clean()));
    }

    [Fact]
    public void Fires_when_goods_works_services_miss_the_total()
    {
        var findings = SyntheticReport.Findings(Rule, SyntheticReport.With("/procurement/services/value", JsonNode.Parse("""2.00""")));

        var finding = Assert.Single(findings);
        Assert.Equal(Rule.Descriptor.Id, finding.RuleId);
        Assert.Equal("/procurement/total/value", finding.Pointers[0]);
    }
}
