using System.Text.Json.Nodes;
using PerfEval.Domain.Audit;
using PerfEval.Domain.Audit.Rules;

namespace PerfEval.Domain.Tests.Audit.Rules;

public sealed class ExecutionRateMatchesFiguresRuleTests
{
    private static readonly IAuditRule Rule = new ExecutionRateMatchesFiguresRule();

    [Fact]
    public void Passes_on_consistent_figures()
    {
        Assert.Empty(SyntheticReport.Findings(Rule, SyntheticReport.Clean()));
    }

    [Fact]
    public void Fires_when_the_rate_is_not_spending_over_budget()
    {
        var findings = SyntheticReport.Findings(Rule, SyntheticReport.With("/indicatorTables/0/budgetExecution/executed/value", JsonNode.Parse("""200.00""")));

        var finding = Assert.Single(findings);
        Assert.Equal(Rule.Descriptor.Id, finding.RuleId);
        Assert.Equal("/indicatorTables/0/budgetExecution/executionRate/value", finding.Pointers[0]);
    }

    [Fact]
    public void Fires_when_a_projects_rate_is_not_its_spending_over_its_budget()
    {
        var finding = Assert.Single(SyntheticReport.Findings(Rule, SyntheticReport.With("/projects/1/executionRate/value", JsonNode.Parse("90"))));

        Assert.Equal(["/projects/1/executionRate/value", "/projects/1/executed/value", "/projects/1/fullYearBudget/value"], finding.Pointers);
        Assert.Equal(100m, finding.Expected);
    }

    [Fact]
    public void A_project_without_a_full_year_budget_is_not_checked()
    {
        Assert.Empty(SyntheticReport.Findings(Rule, SyntheticReport.With(("/projects/1/executionRate/value", JsonNode.Parse("90")), ("/projects/1/fullYearBudget", null))));
    }
}
