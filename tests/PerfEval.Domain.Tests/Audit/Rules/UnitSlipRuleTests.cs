using System.Text.Json.Nodes;
using PerfEval.Domain.Audit;
using PerfEval.Domain.Audit.Rules;

namespace PerfEval.Domain.Tests.Audit.Rules;

public sealed class UnitSlipRuleTests
{
    private static readonly IAuditRule Rule = RuleCatalog.Find("PE-UNIT-001")!;

    [Fact]
    public void Passes_on_consistent_figures()
    {
        Assert.Empty(SyntheticReport.Findings(Rule, SyntheticReport.Clean()));
    }

    [Fact]
    public void Fires_when_a_total_matches_its_parts_only_in_another_unit()
    {
        var findings = SyntheticReport.Findings(Rule, SyntheticReport.With("/sanGong/actual/total/unit", JsonValue.Create("元")));

        var finding = Assert.Single(findings);
        Assert.Equal(Rule.Descriptor.Id, finding.RuleId);
        Assert.Equal("/sanGong/actual/total/value", finding.Pointers[0]);
    }

    [Fact]
    public void Fires_when_an_actual_is_a_thousand_times_off_its_budget_in_another_unit()
    {
        var findings = SyntheticReport.Findings(Rule, SyntheticReport.With(
            ("/sanGong/actual/total/unit", JsonValue.Create("元")), ("/sanGong/actual/abroad", null), ("/sanGong/actual/vehicleOperation", null), ("/sanGong/actual/reception", null)));

        var finding = Assert.Single(findings);
        Assert.Equal(Rule.Descriptor.Id, finding.RuleId);
        Assert.Equal("/sanGong/actual/total/value", finding.Pointers[0]);
        Assert.Contains("/sanGong/budget/total/value", finding.Pointers);
    }
}
