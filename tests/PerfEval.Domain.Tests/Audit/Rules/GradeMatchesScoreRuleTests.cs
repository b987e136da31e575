using System.Text.Json.Nodes;
using PerfEval.Domain.Audit;
using PerfEval.Domain.Audit.Rules;

namespace PerfEval.Domain.Tests.Audit.Rules;

public sealed class GradeMatchesScoreRuleTests
{
    private static readonly IAuditRule Rule = new GradeMatchesScoreRule();

    [Fact]
    public void Passes_on_consistent_figures()
    {
        Assert.Empty(SyntheticReport.Findings(Rule, SyntheticReport.Clean()));
    }

    [Fact]
    public void Fires_when_the_grade_word_is_not_the_score_band()
    {
        var findings = SyntheticReport.Findings(Rule, SyntheticReport.With("/selfEvaluation/grade", JsonValue.Create("良")));

        var finding = Assert.Single(findings);
        Assert.Equal(Rule.Descriptor.Id, finding.RuleId);
        Assert.Equal("/selfEvaluation/grade", finding.Pointers[0]);
    }

    [Fact]
    public void Warns_on_a_grade_word_that_is_no_band()
    {
        var findings = SyntheticReport.Findings(Rule, SyntheticReport.With("/selfEvaluation/grade", JsonValue.Create("很好")));

        var finding = Assert.Single(findings);
        Assert.Equal(Rule.Descriptor.Id, finding.RuleId);
        Assert.Equal("/selfEvaluation/grade", finding.Pointers[0]);
        Assert.Equal(Severities.Warning, finding.Severity);
    }
}
