using System.Text.Json.Nodes;
using PerfEval.Domain.Audit;
using PerfEval.Domain.Audit.Rules;

namespace PerfEval.Domain.Tests.Audit.Rules;

public sealed class StaffingRelationsRuleTests
{
    private static readonly IAuditRule Rule = new StaffingRelationsRule();

    [Fact]
    public void Passes_on_consistent_figures()
    {
        Assert.Empty(SyntheticReport.Findings(Rule, SyntheticReport.Clean()));
    }

    [Fact]
    public void Fires_when_quota_parts_miss_the_total()
    {
        var findings = SyntheticReport.Findings(Rule, SyntheticReport.With("/staffing/quotaInstitution/value", JsonNode.Parse("""11""")));

        var finding = Assert.Single(findings);
        Assert.Equal(Rule.Descriptor.Id, finding.RuleId);
        Assert.Equal("/staffing/quotaTotal/value", finding.Pointers[0]);
    }

    [Fact]
    public void Fires_when_in_service_plus_retired_misses_the_headcount()
    {
        var findings = SyntheticReport.Findings(Rule, SyntheticReport.With("/staffing/retired/value", JsonNode.Parse("""15""")));

        var finding = Assert.Single(findings);
        Assert.Equal(Rule.Descriptor.Id, finding.RuleId);
        Assert.Equal("/staffing/actualTotal/value", finding.Pointers[0]);
    }

    [Fact]
    public void A_part_whose_text_says_it_is_the_whole_is_not_a_contradiction()
    {
        // 鹿泉: "编制人数总计 42 人, 均为政法编制 42 人, 事业单位编制 11 人(法律援助中心)".
        var document = SyntheticReport.With(("/staffing/quotaTotal/value", JsonNode.Parse("42")), ("/staffing/quotaAdministrative", null),
            ("/staffing/quotaPoliticalLegal", JsonNode.Parse("""{ "value": 42, "unit": "人", "text": "均为政法编制 42 人" }""")),
            ("/staffing/quotaInstitution/value", JsonNode.Parse("11")));
        var withoutWording = SyntheticReport.With(("/staffing/quotaTotal/value", JsonNode.Parse("42")), ("/staffing/quotaAdministrative", null),
            ("/staffing/quotaPoliticalLegal", JsonNode.Parse("""{ "value": 42, "unit": "人" }""")),
            ("/staffing/quotaInstitution/value", JsonNode.Parse("11")));

        Assert.Empty(SyntheticReport.Findings(Rule, document));
        Assert.Single(SyntheticReport.Findings(Rule, withoutWording));
    }

    [Fact]
    public void Contract_staff_may_be_counted_in_the_headcount_or_not()
    {
        Assert.Empty(SyntheticReport.Findings(Rule, SyntheticReport.With("/staffing/actualTotal/value", JsonNode.Parse("75"))));
        Assert.Empty(SyntheticReport.Findings(Rule, SyntheticReport.Clean()));
    }

    [Fact]
    public void A_headcount_that_fits_neither_way_names_the_contract_staff()
    {
        var finding = Assert.Single(SyntheticReport.Findings(Rule, SyntheticReport.With("/staffing/actualTotal/value", JsonNode.Parse("76"))));

        Assert.Equal(["/staffing/actualTotal/value", "/staffing/inService/value", "/staffing/retired/value", "/staffing/contractStaff/value"], finding.Pointers);
        Assert.Equal(75m, finding.Expected);
        Assert.Contains("含政府雇员 2 为 75", finding.MessageZh);
    }
}
