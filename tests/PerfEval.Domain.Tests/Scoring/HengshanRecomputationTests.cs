using PerfEval.Domain.Scoring;

namespace PerfEval.Domain.Tests.Scoring;

/// <summary>衡山县司法局 2022 附件2: the recomputation must agree with the table item by item (100, 优).</summary>
public sealed class HengshanRecomputationTests
{
    [Fact]
    public void Hengshan_2022_recomputes_to_100_and_you_item_by_item()
    {
        var document = Fixtures.Report("hengshan-2022");

        var result = ScoringEngine.Score(document, ScoringBuilders.SelfEval);

        Assert.Equal(100m, result.Total);
        Assert.Equal("优", result.Grade);
        Assert.Equal(100m, result.SelfReportedTotal);
        Assert.Equal(0m, result.Difference);
        Assert.Empty(result.Insufficient);
        Assert.Equal(15, result.Items.Count);
        Assert.All(result.Items, item => Assert.Equal(item.SelfScore, item.Score));
        Assert.All(result.Items, item => Assert.False(item.Flagged));
        Assert.Equal(ScoreMethods.QualitativeBand, result.Items.Single(i => i.Indicator == "各项中心工作按时完成").Method);
        Assert.Equal(ScoreMethods.QuantitativePositive, result.Items.Single(i => i.Indicator == "法治宣传场次").Method);
        Assert.Equal(3, result.Notes.Count(n => n.Contains("not applicable", StringComparison.Ordinal)));
    }

    [Fact]
    public void Hengshan_common_indicators_use_its_own_figures_and_say_what_is_missing()
    {
        var result = ScoringEngine.Score(Fixtures.Report("hengshan-2022"), ScoringBuilders.DeptOverall);

        var inService = result.Items.Single(i => i.Indicator == "在职人员控制率");
        Assert.Equal("91.94%", inService.Actual);
        Assert.Equal(1m, inService.Score);
        Assert.Equal("100%", result.Items.Single(i => i.Indicator == "固定资产利用率").Actual);
        Assert.Equal("126.61%", result.Items.Single(i => i.Indicator == "预算完成率").Actual);
        // 决算 "2.74元" against a 3 万元 budget: computed as written (the unit slip is the audit's finding, not fixed here).
        Assert.Equal("0.01%", result.Items.Single(i => i.Indicator == "“三公经费”控制率").Actual);
        Assert.Contains(result.Insufficient, i => i.Indicator == "“三公经费”变动率");
        Assert.Contains(result.Insufficient, i => i.Indicator == "政府采购执行率");
    }
}
