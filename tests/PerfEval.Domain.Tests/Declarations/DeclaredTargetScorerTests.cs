using PerfEval.Domain.Declarations;
using PerfEval.Domain.Tests.Scoring;

namespace PerfEval.Domain.Tests.Declarations;

public sealed class DeclaredTargetScorerTests
{
    [Fact]
    public void Under_its_own_declared_targets_Hengshan_scores_what_it_quotes()
    {
        var score = DeclaredTargetScorer.Score(DeclaredHengshan.Report(), DeclaredHengshan.Declaration(), ScoringBuilders.SelfEval, []);

        Assert.Equal(100m, score.QuotedTotal);
        Assert.Equal(100m, score.DeclaredTotal);
        Assert.Equal(0m, score.Difference);
    }

    [Fact]
    public void A_higher_declared_target_lowers_the_score_by_what_the_change_was_worth()
    {
        // Declared 1000件, quoted 800件, actual 917件: 5 × 917/1000 = 4.585 → 4.59 instead of 5.
        var declaration = DeclaredHengshan.Declaration(d => DeclaredHengshan.Target(DeclaredHengshan.Row(d, "人民调解案件"), "1000件", "=", 1000m, "件"));

        var score = DeclaredTargetScorer.Score(DeclaredHengshan.Report(), declaration, ScoringBuilders.SelfEval, []);

        Assert.Equal(100m, score.QuotedTotal);
        Assert.Equal(99.59m, score.DeclaredTotal);
        Assert.Equal(-0.41m, score.Difference);
        var item = score.UnderDeclaredTargets.Items.Single(i => i.Indicator == "人民调解案件");
        Assert.Equal("1000件", item.Target);
        Assert.Equal(4.59m, item.Score);
    }

    [Fact]
    public void A_dropped_declared_indicator_scores_zero_and_an_added_one_is_left_out()
    {
        var report = DeclaredHengshan.Report(r =>
        {
            var rows = DeclaredHengshan.Rows(r);
            var dropped = DeclaredHengshan.Row(r, "法律援助案件");
            rows.Remove(dropped);
            rows.Add(System.Text.Json.Nodes.JsonNode.Parse(
                """{"level1":"产出指标","level2":"数量指标","level3":"新增宣传册","target":{"text":"100份"},"actual":{"text":"120份"},"weight":5,"score":5}"""));
        });

        var score = DeclaredTargetScorer.Score(report, DeclaredHengshan.Declaration(), ScoringBuilders.SelfEval, []);

        Assert.Equal(100m, score.QuotedTotal);
        Assert.Equal(95m, score.DeclaredTotal);
        var missing = score.UnderDeclaredTargets.Items.Single(i => i.Indicator == "法律援助案件");
        Assert.Equal(DeclaredTargetScorer.NotEvaluated, missing.Method);
        Assert.Equal(0m, missing.Score);
        Assert.DoesNotContain(score.UnderDeclaredTargets.Items, i => i.Indicator == "新增宣传册");
    }
}
