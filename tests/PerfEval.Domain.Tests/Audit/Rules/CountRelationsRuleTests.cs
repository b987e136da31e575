using System.Text.Json.Nodes;
using PerfEval.Domain.Audit;
using PerfEval.Domain.Audit.Rules;

namespace PerfEval.Domain.Tests.Audit.Rules;

public sealed class CountRelationsRuleTests
{
    private static readonly IAuditRule Rule = new CountRelationsRule();

    [Fact]
    public void Passes_on_consistent_figures()
    {
        Assert.Empty(SyntheticReport.Findings(Rule, SyntheticReport.Clean()));
    }

    [Fact]
    public void Fires_when_a_subset_in_one_section_exceeds_its_superset_in_another()
    {
        var findings = SyntheticReport.Findings(Rule, SyntheticReport.With("/outputs/9/value", JsonNode.Parse("41")));

        var finding = Assert.Single(findings);
        Assert.Equal(Rule.Descriptor.Id, finding.RuleId);
        Assert.Equal(["/outputs/9/value", "/outputs/8/value"], finding.Pointers);
        Assert.Equal(Severities.Error, finding.Severity);
    }

    [Fact]
    public void Compares_within_the_section_when_the_superset_is_stated_there()
    {
        // 调解成功 1427 ≤ 调解案件 1449 in section 六; a second, larger case count elsewhere does not hide an excess there.
        var document = SyntheticReport.With("/outputs/1/value", JsonNode.Parse("1450"));

        var finding = Assert.Single(SyntheticReport.Findings(Rule, document));
        Assert.Equal(["/outputs/1/value", "/outputs/0/value"], finding.Pointers);
    }

    [Fact]
    public void Different_scopes_are_not_compared()
    {
        var document = SyntheticReport.With(("/outputs/9/value", JsonNode.Parse("41")), ("/outputs/9/scope", JsonNode.Parse("\"本局\"")));

        Assert.Empty(SyntheticReport.Findings(Rule, document));
    }

    [Fact]
    public void A_superset_written_as_a_lower_bound_proves_nothing()
    {
        var document = SyntheticReport.With(("/outputs/9/value", JsonNode.Parse("41")), ("/outputs/8/qualifier", JsonNode.Parse("\"moreThan\"")));

        Assert.Empty(SyntheticReport.Findings(Rule, document));
    }
}
