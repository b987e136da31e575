using System.Text.Json.Nodes;
using PerfEval.Domain.Audit;
using PerfEval.Domain.Audit.Rules;

namespace PerfEval.Domain.Tests.Audit.Rules;

public sealed class BreakdownWithinTotalRuleTests
{
    private static readonly IAuditRule Rule = new BreakdownWithinTotalRule();

    [Fact]
    public void Passes_on_consistent_figures()
    {
        Assert.Empty(SyntheticReport.Findings(Rule, SyntheticReport.Clean()));
    }

    [Fact]
    public void Fires_when_parts_exceed_their_total()
    {
        var findings = SyntheticReport.Findings(Rule, SyntheticReport.With("/outputs/4/value", JsonNode.Parse("""172""")));

        var finding = Assert.Single(findings);
        Assert.Equal(Rule.Descriptor.Id, finding.RuleId);
        Assert.Equal("/outputs/3/value", finding.Pointers[0]);
        Assert.Equal(Severities.Error, finding.Severity);
    }

    [Fact]
    public void Warns_when_exhaustive_parts_fall_short()
    {
        var findings = SyntheticReport.Findings(Rule, SyntheticReport.With("/outputs/5/value", JsonNode.Parse("""29""")));

        var finding = Assert.Single(findings);
        Assert.Equal(Rule.Descriptor.Id, finding.RuleId);
        Assert.Equal("/outputs/3/value", finding.Pointers[0]);
        Assert.Equal(Severities.Warning, finding.Severity);
    }

    [Fact]
    public void A_target_stated_with_the_totals_key_does_not_hide_the_breakdown()
    {
        var document = SyntheticReport.With(("/outputs/14", JsonNode.Parse("""{ "key": "legalAidCases", "value": 150, "unit": "件", "section": "六", "isTarget": true }""")),
            ("/outputs/4/value", JsonNode.Parse("180")));

        var finding = Assert.Single(SyntheticReport.Findings(Rule, document));
        Assert.Equal("/outputs/3/value", finding.Pointers[0]);
    }

    [Fact]
    public void Twenty_thousand_totals_with_a_part_each_are_checked()
    {
        // 20,000 totals with one part each. A quadratic parent search would take minutes here (no time is asserted: the
        // suite's own duration would show it).
        var outputs = Enumerable.Range(0, 20_000).SelectMany(i => new[]
        {
            new Domain.Reports.Metric { Key = $"total{i}", Value = 10, Unit = "件", Section = "六" },
            new Domain.Reports.Metric { Key = $"part{i}", Value = i == 7 ? 11 : 9, Unit = "件", Section = "六", PartOf = $"total{i}" },
        }).ToList();
        var document = SyntheticReport.Clean() with { Outputs = outputs };
        var findings = SyntheticReport.Findings(Rule, document);

        Assert.Single(findings);
    }
}
