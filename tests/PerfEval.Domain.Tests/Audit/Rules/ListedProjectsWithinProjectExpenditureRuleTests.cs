using System.Text.Json.Nodes;
using PerfEval.Domain.Audit;
using PerfEval.Domain.Audit.Rules;

namespace PerfEval.Domain.Tests.Audit.Rules;

public sealed class ListedProjectsWithinProjectExpenditureRuleTests
{
    private static readonly IAuditRule Rule = new ListedProjectsWithinProjectExpenditureRule();

    [Fact]
    public void Passes_on_consistent_figures()
    {
        Assert.Empty(SyntheticReport.Findings(Rule, SyntheticReport.Clean()));
    }

    [Fact]
    public void Fires_when_listed_projects_exceed_project_expenditure()
    {
        var findings = SyntheticReport.Findings(Rule, SyntheticReport.With("/projects/0/executed/value", JsonNode.Parse("""300.00""")));

        var finding = Assert.Single(findings);
        Assert.Equal(Rule.Descriptor.Id, finding.RuleId);
        Assert.Equal("/finance/final/expenditure/project/value", finding.Pointers[0]);
    }
}
