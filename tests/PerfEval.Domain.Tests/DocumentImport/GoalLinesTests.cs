using PerfEval.Domain.DocumentImport;

namespace PerfEval.Domain.Tests.DocumentImport;

/// <summary>"绩效目标：" / "绩效指标：" lines (鹿泉 2022) read into performanceGoals: one indicator per figure with a unit.</summary>
public sealed class GoalLinesTests
{
    private const string Heading = "#### （二）分项绩效目标实现情况及指标分析";

    [Fact]
    public void Each_goal_line_opens_a_goal_and_its_figures_and_the_indicator_lines_figures_are_its_targets()
    {
        var result = Extract(Heading, "(3) 依法受理行政复议申请。", "绩效目标：依法受理符合法律规定的行政复议申请，处理案件率达到 100%，提升政府公信力。",
            "绩效指标：对我区行政执法单位 1200 名执法人员培训 20 个课时以上并参加考试，行政复议案件的应诉率达到 100%，执法案件中投诉的案件占总案件的比率不高于 15%。");

        var goal = Assert.Single(result.Draft["performanceGoals"]!.AsArray())!;
        Assert.Equal("依法受理行政复议申请", goal["area"]!.GetValue<string>());
        var targets = goal["indicators"]!.AsArray().Select(i => (i!["target"]!["operator"]!.GetValue<string>(), i["target"]!["value"]!.GetValue<decimal>(), i["target"]!["unit"]!.GetValue<string>()));
        Assert.Equal([("=", 100m, "%"), ("=", 1200m, "名"), (">=", 20m, "课时"), ("=", 100m, "%"), ("<=", 15m, "%")], targets);
        Assert.Equal(5, result.Provenance.Count(p => p.Rule == "goalTarget"));
    }

    [Fact]
    public void A_share_in_words_is_a_target_and_a_range_is_left_unread()
    {
        var result = Extract(Heading, "绩效目标：组建专业调解团队。", "绩效指标：社区矫正对象的核查率达到百分之百，聘请 39 名专职调解员，每个案件补贴 300-500 元。");

        var indicators = result.Draft["performanceGoals"]![0]!["indicators"]!.AsArray();
        Assert.Equal([100m, 39m], indicators.Select(i => i!["target"]!["value"]!.GetValue<decimal>()));
        Assert.Contains(result.Provenance, p => p.Number == "百分之百" && p.Unit == null);
        Assert.Contains(result.Unread, u => u.Number == "500" && u.Reason.Contains("range", StringComparison.Ordinal));
    }

    [Fact]
    public void Indicator_lines_outside_a_goals_part_are_not_goals()
    {
        var result = Extract("（一）部门整体支出绩效情况", "绩效指标：聘请 39 名专职调解员。");

        Assert.Null(result.Draft["performanceGoals"]);
    }

    private static ExtractionResult Extract(params string[] paragraphs) =>
        DocumentExtractor.Extract(paragraphs.Select((text, i) => new SourceParagraph(i + 1, null, text)).ToList(), new ImportContext("测试单位", null, 2022));
}
