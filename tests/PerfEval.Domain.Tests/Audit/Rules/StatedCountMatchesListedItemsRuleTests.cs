using System.Text.Json.Nodes;
using PerfEval.Domain.Audit;
using PerfEval.Domain.Audit.Rules;

namespace PerfEval.Domain.Tests.Audit.Rules;

public sealed class StatedCountMatchesListedItemsRuleTests
{
    private static readonly IAuditRule Rule = new StatedCountMatchesListedItemsRule();

    [Fact]
    public void Passes_on_consistent_figures()
    {
        Assert.Empty(SyntheticReport.Findings(Rule, SyntheticReport.Clean()));
    }

    [Fact]
    public void Fires_when_the_stated_count_differs_from_the_names_listed()
    {
        var findings = SyntheticReport.Findings(Rule, SyntheticReport.With("/organization/units/0/count/value", JsonNode.Parse("3")));

        var finding = Assert.Single(findings);
        Assert.Equal(["/organization/units/0/count/value", "/organization/units/0/names"], finding.Pointers);
        Assert.Equal(Severities.Warning, finding.Severity);
        Assert.Equal(2m, finding.Expected);
    }

    [Fact]
    public void Fires_when_the_duty_count_differs_from_the_duties_listed()
    {
        var finding = Assert.Single(SyntheticReport.Findings(Rule, SyntheticReport.With("/organization/dutyItemCount/value", JsonNode.Parse("12"))));

        Assert.Equal("/organization/dutyItemCount/value", finding.Pointers[0]);
    }

    [Fact]
    public void Says_nothing_when_no_items_are_listed()
    {
        Assert.Empty(SyntheticReport.Findings(Rule, SyntheticReport.With("/organization/units/0/names", null)));
    }
}
