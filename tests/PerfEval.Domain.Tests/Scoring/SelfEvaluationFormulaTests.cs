using PerfEval.Domain.Scoring;
using static PerfEval.Domain.Tests.Scoring.ScoringBuilders;

namespace PerfEval.Domain.Tests.Scoring;

/// <summary>cn-mof-2020-selfeval: each formula, cap, band, rescaling step and grade boundary.</summary>
public sealed class SelfEvaluationFormulaTests
{
    [Fact]
    public void Positive_indicator_scores_actual_over_target_times_weight()
    {
        var result = ScoringEngine.Score(Table(100, 100, Row("产出指标", "案件", "800件", "600件", 20, 20)), SelfEval);

        var item = Item(result, "案件");
        Assert.Equal(15m, item.Score);
        Assert.Equal(ScoreMethods.QuantitativePositive, item.Method);
        Assert.True(item.Flagged);
    }

    [Fact]
    public void Over_achievement_is_capped_at_full_marks()
    {
        var result = ScoringEngine.Score(Table(100, 100, Row("产出指标", "场次", "6场", "14场", 5, 5)), SelfEval);

        Assert.Equal(5m, Item(result, "场次").Score);
        Assert.False(Item(result, "场次").Flagged);
    }

    [Fact]
    public void Negative_indicator_scores_target_over_actual()
    {
        var result = ScoringEngine.Score(Table(100, 100,
            Row("产出指标", "投诉占比", "≤15%", "20%", 10, 10),
            Row("产出指标", "败诉率", "≤15%", "10%", 10, 10),
            Row("产出指标", "零投诉", "≤15%", "0%", 10, 10)), SelfEval);

        Assert.Equal(7.5m, Item(result, "投诉占比").Score);
        Assert.Equal(ScoreMethods.QuantitativeNegative, Item(result, "投诉占比").Method);
        Assert.Equal(10m, Item(result, "败诉率").Score);
        Assert.Equal(10m, Item(result, "零投诉").Score);
    }

    [Fact]
    public void Budget_execution_scores_ten_times_the_capped_rate()
    {
        var half = ScoringEngine.Score(Table(50, 100), SelfEval);
        var over = ScoringEngine.Score(Table(120, 100), SelfEval);

        Assert.Equal(5m, Item(half, "预算执行率").Score);
        Assert.Equal(10m, Item(over, "预算执行率").Score);
    }

    [Fact]
    public void Missing_execution_figures_are_insufficient_data_not_a_guess()
    {
        var result = ScoringEngine.Score(Table(null, 100, Row("产出指标", "场次", "6场", "6场", 90, 90)), SelfEval);

        Assert.Contains(result.Insufficient, i => i.Indicator == "预算执行率");
        Assert.DoesNotContain(result.Items, i => i.Indicator == "预算执行率");
    }

    [Theory]
    [InlineData("完成", 30, 30, false)]
    [InlineData("完成", 24, 24, false)]
    [InlineData("完成", 20, 24, true)]
    [InlineData("部分完成", 20, 20, false)]
    [InlineData("部分完成", 30, 24, true)]
    [InlineData("未完成", 10, 10, false)]
    [InlineData("未完成", 30, 18, true)]
    public void Qualitative_indicators_accept_a_self_score_inside_the_band_and_flag_outside(string actual, decimal self, decimal expected, bool flagged)
    {
        var result = ScoringEngine.Score(Table(100, 100, Row("效益指标", "社会效益", "有所提升", actual, 30, self)), SelfEval);

        var item = Item(result, "社会效益");
        Assert.Equal(ScoreMethods.QualitativeBand, item.Method);
        Assert.Equal(expected, item.Score);
        Assert.Equal(flagged, item.Flagged);
    }

    [Fact]
    public void An_unparseable_target_is_scored_as_qualitative_and_says_so()
    {
        var result = ScoringEngine.Score(Table(100, 100, Row("产出指标", "按时完成", "2022年底前", "完成", 2.5m, 2.5m)), SelfEval);

        var item = Item(result, "按时完成");
        Assert.Equal(ScoreMethods.QualitativeBand, item.Method);
        Assert.Contains("2022年底前", item.Explanation, StringComparison.Ordinal);
        Assert.Equal(2.5m, item.Score);
    }

    [Fact]
    public void Not_applicable_rows_are_dropped_and_the_rest_rescaled_to_100()
    {
        var document = Table(100, 100,
            Row("产出指标", "场次", "6场", "6场", 50, 50),
            Row("效益指标", "社会效益", "有所提升", "提升", 30, 30),
            Row("效益指标", null!, null, null, null, null));

        var result = ScoringEngine.Score(document with
        {
            IndicatorTables = [document.IndicatorTables![0] with { Indicators = [.. document.IndicatorTables[0].Indicators!.Take(2), new Domain.Reports.Indicator { Level1 = "满意度指标", Level2 = "服务对象满意度指标" }] }],
        }, SelfEval);

        Assert.Equal(100m, result.Total);
        Assert.Contains(result.Notes, n => n.Contains("not applicable", StringComparison.Ordinal));
    }

    [Fact]
    public void Rescaling_turns_points_of_the_applicable_weights_into_a_100_point_total()
    {
        // 10 (execution) + 45 of 50 + 20 of 30 = 75 of 90 applicable points → 83.33 on a 100-point basis.
        var result = ScoringEngine.Score(Table(100, 100,
            Row("产出指标", "场次", "10场", "9场", 50, 45),
            Row("效益指标", "社会效益", "有所提升", "部分提升", 30, 20)), SelfEval);

        Assert.Equal(83.33m, result.Total);
        Assert.Equal("良", result.Grade);
    }

    [Theory]
    [InlineData(90, "优")]
    [InlineData(89.99, "良")]
    [InlineData(80, "良")]
    [InlineData(79.99, "中")]
    [InlineData(60, "中")]
    [InlineData(59.99, "差")]
    [InlineData(0, "差")]
    public void Grade_boundaries(decimal total, string grade)
    {
        Assert.Equal(grade, Grades.For(total, SelfEval.Grades));
    }

    [Fact]
    public void Grade_words_are_normalised()
    {
        Assert.Equal("优", Grades.Normalise("优秀", SelfEval.Grades));
        Assert.Null(Grades.Normalise("很好", SelfEval.Grades));
    }

    [Fact]
    public void A_report_without_an_indicator_table_is_insufficient_data()
    {
        var result = ScoringEngine.Score(new Domain.Reports.ReportDocument { SchemaVersion = "1.0", Agency = new() { Name = "x" }, FiscalYear = 2022 }, SelfEval);

        Assert.Null(result.Total);
        Assert.Null(result.Grade);
        Assert.Single(result.Insufficient);
    }
}
