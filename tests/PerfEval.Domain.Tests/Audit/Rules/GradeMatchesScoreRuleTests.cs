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

    [Fact]
    public void A_score_out_of_another_full_mark_is_graded_on_the_100_point_scale()
    {
        var document = SyntheticReport.With(("/selfEvaluation/score", JsonNode.Parse("45")), ("/selfEvaluation/fullMarks", JsonNode.Parse("50")));

        Assert.Empty(SyntheticReport.Findings(Rule, document));
    }

    [Fact]
    public void Fires_when_the_converted_score_is_in_another_band()
    {
        var document = SyntheticReport.With(("/selfEvaluation/score", JsonNode.Parse("90")), ("/selfEvaluation/fullMarks", JsonNode.Parse("120")));

        var finding = Assert.Single(SyntheticReport.Findings(Rule, document));
        Assert.Equal("/selfEvaluation/fullMarks", finding.Pointers[^1]);
        Assert.Contains("折合百分制 75", finding.MessageZh);
    }
}
