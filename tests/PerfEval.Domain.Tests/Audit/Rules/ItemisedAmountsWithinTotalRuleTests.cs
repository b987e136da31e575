using System.Text.Json.Nodes;
using PerfEval.Domain.Audit;
using PerfEval.Domain.Audit.Rules;

namespace PerfEval.Domain.Tests.Audit.Rules;

public sealed class ItemisedAmountsWithinTotalRuleTests
{
    private static readonly IAuditRule Rule = new ItemisedAmountsWithinTotalRule();

    [Fact]
    public void Passes_on_consistent_figures_and_counts_a_restated_item_once()
    {
        // projects/1/executed 4.35 is restated in the same section; counted twice the parts would still fit, so make it matter.
        var document = SyntheticReport.With("/projects/0/executed/value", JsonNode.Parse("245.65"));

        Assert.Empty(SyntheticReport.Findings(Rule, document));
    }

    [Fact]
    public void Fires_when_the_itemised_amounts_exceed_their_total()
    {
        var findings = SyntheticReport.Findings(Rule, SyntheticReport.With("/projects/0/executed/value", JsonNode.Parse("246.00")));

        var finding = Assert.Single(findings);
        Assert.Equal(Rule.Descriptor.Id, finding.RuleId);
        Assert.Equal("/finance/final/expenditure/project/value", finding.Pointers[0]);
        Assert.Contains("/projects/0/executed/value", finding.Pointers);
        Assert.Equal(Severities.Error, finding.Severity);
        Assert.Equal(250.35m, finding.Actual);
    }

    [Fact]
    public void Items_of_different_sections_are_separate_itemisations()
    {
        var document = SyntheticReport.With(("/projects/0/executed/section", JsonNode.Parse("\"二\"")), ("/projects/0/executed/value", JsonNode.Parse("246.00")));

        Assert.Empty(SyntheticReport.Findings(Rule, document));
    }

    [Fact]
    public void Warns_when_a_complete_itemisation_falls_short()
    {
        var findings = SyntheticReport.Findings(Rule, SyntheticReport.With("/finance/final/expenditure/project/partsExhaustive", JsonNode.Parse("true")));

        var finding = Assert.Single(findings);
        Assert.Equal(Severities.Warning, finding.Severity);
    }

    [Fact]
    public void Extreme_amounts_do_not_throw()
    {
        var document = SyntheticReport.WithoutValidation(("/projects/0/executed/value", JsonNode.Parse("79228162514264337593543950335")),
            ("/projects/1/executed/value", JsonNode.Parse("79228162514264337593543950335")));

        Assert.Empty(SyntheticReport.Findings(Rule, document));
    }
}
