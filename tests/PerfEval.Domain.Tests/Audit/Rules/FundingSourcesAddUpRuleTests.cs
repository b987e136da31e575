using System.Text.Json.Nodes;
using PerfEval.Domain.Audit;
using PerfEval.Domain.Audit.Rules;

namespace PerfEval.Domain.Tests.Audit.Rules;

public sealed class FundingSourcesAddUpRuleTests
{
    private static readonly IAuditRule Rule = new FundingSourcesAddUpRule();

    [Fact]
    public void Passes_on_consistent_figures()
    {
        Assert.Empty(SyntheticReport.Findings(Rule, SyntheticReport.Clean()));
    }

    [Fact]
    public void Fires_when_funding_rows_miss_the_table_total()
    {
        var findings = SyntheticReport.Findings(Rule, SyntheticReport.With("/indicatorTables/0/fundingRows/0/fullYearBudget/value", JsonNode.Parse("""179.63""")));

        var finding = Assert.Single(findings);
        Assert.Equal(Rule.Descriptor.Id, finding.RuleId);
        Assert.Equal("/indicatorTables/0/budgetExecution/fullYearBudget/value", finding.Pointers[0]);
        Assert.Equal(0.10m, finding.Difference);
    }

    [Fact]
    public void Warns_when_disbursements_miss_project_revenue()
    {
        var findings = SyntheticReport.Findings(Rule, SyntheticReport.With("/projectFunds/sources/1/disbursed/value", JsonNode.Parse("""235.80""")));

        var finding = Assert.Single(findings);
        Assert.Equal(Rule.Descriptor.Id, finding.RuleId);
        Assert.Equal("/projectFunds/actualRevenue/value", finding.Pointers[0]);
        Assert.Equal(Severities.Warning, finding.Severity);
    }
}
