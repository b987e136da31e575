using System.Text.Json.Nodes;
using PerfEval.Domain.Audit;
using PerfEval.Domain.Audit.Rules;

namespace PerfEval.Domain.Tests.Audit.Rules;

public sealed class VehicleEqualsPurchasePlusOperationRuleTests
{
    private static readonly IAuditRule Rule = new VehicleEqualsPurchasePlusOperationRule();

    [Fact]
    public void Passes_on_consistent_figures()
    {
        Assert.Empty(SyntheticReport.Findings(Rule, SyntheticReport.Clean()));
    }

    [Fact]
    public void Fires_when_purchase_plus_operation_misses_the_subtotal()
    {
        var findings = SyntheticReport.Findings(Rule, SyntheticReport.With("/sanGong/budget/vehicleOperation/value", JsonNode.Parse("""1.60""")));

        var finding = Assert.Single(findings);
        Assert.Equal(Rule.Descriptor.Id, finding.RuleId);
        Assert.Equal("/sanGong/budget/vehicle/value", finding.Pointers[0]);
    }
}
