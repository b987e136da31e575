using PerfEval.Domain.DocumentImport;

namespace PerfEval.Domain.Tests.DocumentImport;

/// <summary>
/// The attached 项目支出绩效自评表 (衡山 2022) in the three shapes a file gives it: Word rows (cells joined by tabs), a
/// converter's dump (one tab-led line per cell, empty cells kept) and PDF lines (one line per cell, empty cells gone).
/// </summary>
public sealed class IndicatorTableReaderTests
{
    private static readonly string[] Title = ["项目支出情况", "附件2:", "2022年度预算支出绩效自评表"];

    private static readonly string[] WordRows =
    [
        "项目支出名称\t司法行政项目经费",
        "项目资金(万元)\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
        "项目资金(万元)\t年度资金总额\t115\t265.58\t265.58\t10\t100%\t10",
        "项目资金(万元)\t其中：当年财政拨款\t115\t179.63\t179.63\t\t\t",
        "项目资金(万元)\t上年结转资金\t\t85.85\t85.85\t\t\t",
        "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
        "绩效指标\t产出指标(50分)\t数量指标\t法治宣传场次\t6场\t14场\t5\t5\t",
        "绩效指标\t产出指标(50分)\t质量指标\t业务工作完成达到要求\t≥90%\t≥90%\t2.5\t2.5\t",
        "绩效指标\t效益指标(30分)\t经济效益指标\t\t\t\t\t\t",
        "绩效指标\t效益指标(30分)\t社会效益指标\t助力法治衡山建设\t有所提升\t提升\t30\t30\t",
        "总分\t100\t100",
    ];

    private static readonly string[] PdfLines =
    [
        "项目支", "出名称", "司法行政项目经费", "项目资金", "(万元)", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分",
        "年度资金总额", "115", "265.58", "265.58", "10", "100%", "10", "其中：当年财政拨款", "115", "179.63", "179.63", "上年结转资金", "85.85", "85.85",
        "三级指标", "产出", "指标", "(50分)", "数量指标", "法治宣传场次", "6场　", "14场", "5", "5", "质量指标", "业务工作完成达到要求", "≥90%", "≥90%", "2.5", "2.5",
        "效益", "指标", "(30分)", "经济效", "益指标", "社会效", "益指标", "助力法治衡山建设", "有所提升", "提升", "30", "30", "总  分", "100", "100",
    ];

    [Fact]
    public void Word_rows_fill_the_budget_block_the_funding_rows_and_the_indicators_with_empty_level_rows_kept()
    {
        var result = Extract([.. Title, .. WordRows]);

        var table = result.Draft["indicatorTables"]![0]!;
        Assert.Equal("司法行政项目经费", table["projectName"]!.GetValue<string>());
        Assert.Equal((115m, "万元"), (table["budgetExecution"]!["initialBudget"]!["value"]!.GetValue<decimal>(), table["budgetExecution"]!["initialBudget"]!["unit"]!.GetValue<string>()));
        Assert.Equal(100m, table["budgetExecution"]!["executionRate"]!["value"]!.GetValue<decimal>());
        Assert.Null(table["fundingRows"]![1]!["initialBudget"]);
        Assert.Equal(85.85m, table["fundingRows"]![1]!["fullYearBudget"]!["value"]!.GetValue<decimal>());
        var indicators = table["indicators"]!.AsArray();
        Assert.Equal(["数量指标", "质量指标", "经济效益指标", "社会效益指标"], indicators.Select(i => i!["level2"]!.GetValue<string>()));
        Assert.Equal((">=", 90m, "%"), (indicators[1]!["actual"]!["operator"]!.GetValue<string>(), indicators[1]!["actual"]!["value"]!.GetValue<decimal>(), indicators[1]!["actual"]!["unit"]!.GetValue<string>()));
        Assert.Null(indicators[2]!["level3"]);
        Assert.Null(indicators[3]!["target"]!["value"]);
        Assert.Contains(result.Provenance, p => p.Pointer == "/indicatorTables/0/indicators/0/actual" && p.Number == "14" && p.Unit == "场");
    }

    [Fact]
    public void Pdf_lines_give_the_same_indicators_and_a_row_with_fewer_values_than_columns_is_left_unread()
    {
        var result = Extract([.. Title, .. PdfLines]);

        var table = result.Draft["indicatorTables"]![0]!;
        Assert.Equal("司法行政项目经费", table["projectName"]!.GetValue<string>());
        Assert.Equal(265.58m, table["budgetExecution"]!["executed"]!["value"]!.GetValue<decimal>());
        Assert.Equal(179.63m, table["fundingRows"]![0]!["executed"]!["value"]!.GetValue<decimal>());
        Assert.Null(table["fundingRows"]![1]!["fullYearBudget"]);
        Assert.Contains(result.Unread, u => u.Number == "85.85");
        var indicators = table["indicators"]!.AsArray();
        Assert.Equal(["产出指标", "产出指标", "效益指标", "效益指标"], indicators.Select(i => i!["level1"]!.GetValue<string>()));
        Assert.Equal(6m, indicators[0]!["target"]!["value"]!.GetValue<decimal>());
        Assert.Equal([50m, 30m], table["level1Weights"]!.AsArray().Select(w => w!["weight"]!.GetValue<decimal>()));
    }

    [Fact]
    public void Without_an_indicator_header_a_title_like_line_is_read_as_text()
    {
        var result = Extract("一、部门基本情况", "部门整体支出绩效自评表", "2022年共有编制62个。");

        Assert.Null(result.Draft["indicatorTables"]);
        Assert.Equal(62m, result.Draft["staffing"]!["quotaTotal"]!["value"]!.GetValue<decimal>());
    }

    [Fact]
    public void Every_layout_word_cites_the_table_it_was_written_for()
    {
        Assert.All(IndicatorTableLayout.HeaderCells.Concat(IndicatorTableLayout.BudgetColumns).Concat(IndicatorTableLayout.FundingRows).Concat(IndicatorTableLayout.LevelNames),
            word => Assert.False(string.IsNullOrWhiteSpace(word.Seed)));
    }

    private static ExtractionResult Extract(params string[] paragraphs) =>
        DocumentExtractor.Extract(paragraphs.Select((text, i) => new SourceParagraph(i + 1, null, text)).ToList(), new ImportContext("测试单位", null, 2022));
}
