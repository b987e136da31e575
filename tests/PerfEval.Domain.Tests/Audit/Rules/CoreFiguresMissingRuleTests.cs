using System.Text.Json.Nodes;
using PerfEval.Domain.Audit;
using PerfEval.Domain.Audit.Rules;

namespace PerfEval.Domain.Tests.Audit.Rules;

public sealed class CoreFiguresMissingRuleTests
{
    private static readonly IAuditRule Rule = new CoreFiguresMissingRule();

    [Fact]
    public void Passes_on_consistent_figures()
    {
        Assert.Empty(SyntheticReport.Findings(Rule, SyntheticReport.Clean()));
    }

    [Fact]
    public void Reports_a_missing_self_score()
    {
        var findings = SyntheticReport.Findings(Rule, SyntheticReport.With("/selfEvaluation", null));

        var finding = Assert.Single(findings);
        Assert.Equal(Rule.Descriptor.Id, finding.RuleId);
        Assert.Equal("/selfEvaluation", finding.Pointers[0]);
        Assert.Equal(Severities.Info, finding.Severity);
    }

    [Fact]
    public void Warns_when_no_overall_spending_is_stated()
    {
        var findings = SyntheticReport.Findings(Rule, SyntheticReport.With("/finance", null));

        var finding = Assert.Single(findings);
        Assert.Equal(Rule.Descriptor.Id, finding.RuleId);
        Assert.Equal("/finance", finding.Pointers[0]);
        Assert.Equal(Severities.Warning, finding.Severity);
    }
}
