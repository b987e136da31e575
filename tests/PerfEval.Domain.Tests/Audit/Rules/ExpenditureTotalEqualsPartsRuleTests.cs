using System.Text.Json.Nodes;
using PerfEval.Domain.Audit;
using PerfEval.Domain.Audit.Rules;

namespace PerfEval.Domain.Tests.Audit.Rules;

public sealed class ExpenditureTotalEqualsPartsRuleTests
{
    private static readonly IAuditRule Rule = new ExpenditureTotalEqualsPartsRule();

    [Fact]
    public void Passes_on_consistent_figures()
    {
        Assert.Empty(SyntheticReport.Findings(Rule, SyntheticReport.Clean()));
    }

    [Fact]
    public void Fires_when_basic_plus_project_misses_the_total()
    {
        var findings = SyntheticReport.Findings(Rule, SyntheticReport.With("/finance/final/expenditure/total/value", JsonNode.Parse("""1200.00""")));

        var finding = Assert.Single(findings);
        Assert.Equal(Rule.Descriptor.Id, finding.RuleId);
        Assert.Equal("/finance/final/expenditure/total/value", finding.Pointers[0]);
        Assert.Equal(1100.00m, finding.Expected);
    }

    [Fact]
    public void Fires_on_the_budget_stage_too()
    {
        var findings = SyntheticReport.Findings(Rule, SyntheticReport.With("/finance/budget/expenditure/project/value", JsonNode.Parse("""250.00""")));

        var finding = Assert.Single(findings);
        Assert.Equal(Rule.Descriptor.Id, finding.RuleId);
        Assert.Equal("/finance/budget/expenditure/total/value", finding.Pointers[0]);
    }
}
