using System.Text.Json.Nodes;
using PerfEval.Domain.Audit;
using PerfEval.Domain.Audit.Rules;

namespace PerfEval.Domain.Tests.Audit.Rules;

public sealed class ProjectBudgetReconciliationRuleTests
{
    private static readonly IAuditRule Rule = new ProjectBudgetReconciliationRule();

    [Fact]
    public void Passes_on_consistent_figures()
    {
        Assert.Empty(SyntheticReport.Findings(Rule, SyntheticReport.Clean()));
    }

    [Fact]
    public void Fires_when_available_money_differs_from_spending_plus_carry_over()
    {
        var findings = SyntheticReport.Findings(Rule, SyntheticReport.With("/projects/0/carryOut/value", JsonNode.Parse("""1.16""")));

        var finding = Assert.Single(findings);
        Assert.Equal(Rule.Descriptor.Id, finding.RuleId);
        Assert.Equal("/projects/0/carryIn/value", finding.Pointers[0]);
    }

    [Fact]
    public void Fires_when_adjustments_do_not_give_the_full_year_budget()
    {
        var findings = SyntheticReport.Findings(Rule, SyntheticReport.With("/projects/1/fullYearBudget/value", JsonNode.Parse("""4.50""")));

        Assert.Equal(2, findings.Count);
        var finding = findings[0];
        Assert.Equal(Rule.Descriptor.Id, finding.RuleId);
        Assert.Equal("/projects/1/initialBudget/value", finding.Pointers[0]);
    }
}
