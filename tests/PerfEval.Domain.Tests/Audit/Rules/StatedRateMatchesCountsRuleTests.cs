using System.Text.Json.Nodes;
using PerfEval.Domain.Audit;
using PerfEval.Domain.Audit.Rules;

namespace PerfEval.Domain.Tests.Audit.Rules;

public sealed class StatedRateMatchesCountsRuleTests
{
    private static readonly IAuditRule Rule = new StatedRateMatchesCountsRule();

    [Fact]
    public void Passes_on_consistent_figures()
    {
        Assert.Empty(SyntheticReport.Findings(Rule, SyntheticReport.Clean()));
    }

    [Fact]
    public void Fires_when_the_rate_is_not_the_ratio_of_its_counts()
    {
        var findings = SyntheticReport.Findings(Rule, SyntheticReport.With("/outputs/2/value", JsonNode.Parse("""99.5""")));

        var finding = Assert.Single(findings);
        Assert.Equal(Rule.Descriptor.Id, finding.RuleId);
        Assert.Equal("/outputs/2/value", finding.Pointers[0]);
        Assert.Equal(Severities.Error, finding.Severity);
    }

    [Fact]
    public void A_rate_that_matches_only_when_truncated_is_a_warning()
    {
        var findings = SyntheticReport.Findings(Rule, SyntheticReport.With("/outputs/2/value", JsonNode.Parse("""98.4""")));

        var finding = Assert.Single(findings);
        Assert.Equal(Rule.Descriptor.Id, finding.RuleId);
        Assert.Equal("/outputs/2/value", finding.Pointers[0]);
        Assert.Equal(Severities.Warning, finding.Severity);
    }

    [Fact]
    public void Truncation_is_only_info_when_the_whole_report_truncates()
    {
        // 1427/1449 = 98.48 written 98.4 and 21/45 = 46.67 written 46.6; the report's rounded-only shares
        // (650/850 = 76.47 written 76.5, 250/1100 = 22.727 written 22.73) are truncated too, so rounding alone explains none.
        var document = SyntheticReport.With(("/outputs/2/value", JsonNode.Parse("98.4")), ("/outputs/12/value", JsonNode.Parse("46.6")),
            ("/finance/final/expenditure/personnel/share/value", JsonNode.Parse("76.4")), ("/finance/final/expenditure/project/share/value", JsonNode.Parse("22.72")));
        var mixed = SyntheticReport.With(("/outputs/2/value", JsonNode.Parse("98.4")), ("/outputs/12/value", JsonNode.Parse("46.6")));

        var findings = AuditEngine.Run(document).Findings;

        Assert.Equal(4, findings.Count);
        Assert.All(findings, f => Assert.Equal(Severities.Info, f.Severity));
        Assert.All(AuditEngine.Run(mixed).Findings, f => Assert.Equal(Severities.Warning, f.Severity));
    }

    [Fact]
    public void A_rate_naming_its_own_numerator_and_base_is_checked()
    {
        var findings = SyntheticReport.Findings(Rule, SyntheticReport.With("/outputs/12/value", JsonNode.Parse("""50.0""")));

        var finding = Assert.Single(findings);
        Assert.Equal(["/outputs/12/value", "/outputs/11/value", "/outputs/10/value"], finding.Pointers);
        Assert.Equal(Severities.Error, finding.Severity);
    }

    [Fact]
    public void Extreme_counts_do_not_throw()
    {
        var document = SyntheticReport.WithoutValidation(("/outputs/11/value", JsonNode.Parse("79228162514264337593543950335")), ("/outputs/10/value", JsonNode.Parse("0.0000000000000000000000000001")));

        var findings = SyntheticReport.Findings(Rule, document);

        Assert.Empty(findings);
    }
}
