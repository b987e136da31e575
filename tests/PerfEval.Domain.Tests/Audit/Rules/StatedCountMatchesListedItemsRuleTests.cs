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

    [Fact]
    public void Fires_when_the_stated_project_count_differs_from_the_projects_listed()
    {
        var finding = Assert.Single(SyntheticReport.Findings(Rule, SyntheticReport.With("/projectFunds/projectCount/value", JsonNode.Parse("3"))));

        Assert.Equal(["/projectFunds/projectCount/value", "/projects"], finding.Pointers);
        Assert.Equal(2m, finding.Expected);
    }

    [Fact]
    public void Counts_only_the_project_category_the_count_names()
    {
        // "专项资金共1个" and a 上级专项 listed besides it (芦淞 2024: three 专项资金 and the 上级专项).
        var document = SyntheticReport.With(("/projectFunds/projectCount", JsonNode.Parse("""{ "value": 1, "unit": "个", "text": "专项资金共1个" }""")),
            ("/projects/0/category", JsonValue.Create("专项资金")), ("/projects/1/category", JsonValue.Create("上级专项")));

        Assert.Empty(SyntheticReport.Findings(Rule, document));
    }

    [Fact]
    public void A_shorter_project_list_is_no_finding_when_only_projects_above_a_threshold_are_itemised()
    {
        var document = SyntheticReport.With(("/projectFunds/projectCount/value", JsonNode.Parse("17")),
            ("/projectFunds/itemizationThreshold", JsonNode.Parse("""{ "value": 50, "text": "仅对50万元以上的项目资金进行分项说明" }""")));

        Assert.Empty(SyntheticReport.Findings(Rule, document));
    }
}
