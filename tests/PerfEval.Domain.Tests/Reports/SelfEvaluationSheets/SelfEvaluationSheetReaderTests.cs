using System.Text.Json.Nodes;
using PerfEval.Domain.Reports;
using PerfEval.Domain.Reports.SelfEvaluationSheets;
using static PerfEval.Domain.Tests.Reports.SelfEvaluationSheets.GridFixtures;

namespace PerfEval.Domain.Tests.Reports.SelfEvaluationSheets;

public sealed class SelfEvaluationSheetReaderTests
{
    private static readonly System.Text.Json.JsonSerializerOptions Shown = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    [Fact]
    public void The_hengshan_sheet_as_filled_reads_to_the_fixture_table()
    {
        var result = SelfEvaluationSheetReader.Read(Sheet(Hengshan));

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var read = Json(result.Table!);
        Assert.True(JsonNode.DeepEquals(HengshanTableJson(), read), read.ToJsonString(Shown));
    }

    [Fact]
    public void A_sheet_laid_out_differently_with_blank_rows_in_its_merges_reads_to_its_expected_table()
    {
        var result = SelfEvaluationSheetReader.Read(Sheet("merged-layout"));

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var expected = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "workbooks", "merged-layout.expected.json")));
        var read = Json(result.Table!);
        Assert.True(JsonNode.DeepEquals(expected, read), read.ToJsonString(Shown));
        Assert.Equal(["B31"], result.Ignored.Select(i => i.Cell.ToString()));
    }

    [Fact]
    public void Every_cell_with_content_is_mapped_or_a_printed_label()
    {
        var sheet = Sheet(Hengshan);
        var result = SelfEvaluationSheetReader.Read(sheet);

        Assert.Empty(result.Ignored);
        var mapped = result.Cells.Select(c => c.Cell).ToHashSet();
        var unmapped = sheet.Cells.Where(c => !mapped.Contains(c.Key) && !c.Value.IsEmpty).Select(c => c.Value.Text).ToList();
        Assert.All(unmapped, text => Assert.Contains(SheetLabels.Header(text), SheetLabels.All.Append("项目资金(万元)").Append("–")));
    }

    [Theory]
    [InlineData("F13", "/indicators/1/actual/text", "917件")]
    [InlineData("E12", "/indicators/0/target/text", "6场\u3000")]
    [InlineData("B2", "/projectName", "司法行政项目经费")]
    [InlineData("G3", "/implementingUnit", "衡山县司法局")]
    [InlineData("F10", "/overallGoalActual", "完成绩效目标并全部达标。")]
    [InlineData("G5", "/budgetExecution/executionRate/value", "100%")]
    [InlineData("B6", "/fundingRows/0/name", "其中：当年财政拨款")]
    [InlineData("C28", "/indicators/16/level2", "服务对象满意度指标")]
    [InlineData("B28", "/level1Weights/2/weight", "满意度 指标  (10分)")]
    public void Each_value_names_the_cell_it_came_from(string cell, string pointer, string value)
    {
        var mapping = SelfEvaluationSheetReader.Read(Sheet(Hengshan)).Cells.Single(c => c.Pointer == pointer);

        Assert.Equal(cell, mapping.Cell.ToString());
        Assert.Equal(value, mapping.Value);
        Assert.Equal("司法行政项目经费", mapping.Sheet);
    }

    [Fact]
    public void A_merged_level1_cell_fills_every_row_it_covers_and_maps_to_each()
    {
        var result = SelfEvaluationSheetReader.Read(Sheet(Hengshan));

        var level1 = result.Cells.Where(c => c.Cell.ToString() == "B12" && c.Pointer.EndsWith("/level1", StringComparison.Ordinal)).Select(c => c.Pointer);
        Assert.Equal(Enumerable.Range(0, 12).Select(i => $"/indicators/{i}/level1"), level1);
        Assert.All(result.Table!.Indicators!.Take(12), i => Assert.Equal("产出指标", i.Level1));
        Assert.Equal(["数量指标", "数量指标", "数量指标", "数量指标", "数量指标", "数量指标", "数量指标", "质量指标", "质量指标", "时效指标", "时效指标", "成本指标"],
            result.Table.Indicators!.Take(12).Select(i => i.Level2));
    }

    [Fact]
    public void Numbers_are_decimal_with_excel_artefacts_rounded_and_written_digits_kept()
    {
        var grid = Minimal();
        grid.Set("D5", SheetCell.OfNumber(265.57999999999998m)).Set("C5", SheetCell.OfText("1,092.90")).Set("E5", SheetCell.OfNumber(0.1m + 0.2m));
        var execution = SelfEvaluationSheetReader.Read(grid).Table!.BudgetExecution!;

        Assert.Equal("265.58", execution.FullYearBudget!.Value!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("1092.90", execution.InitialBudget!.Value!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0.3m, execution.Executed!.Value);
    }

    [Fact]
    public void A_percent_formatted_execution_rate_is_the_percentage_shown()
    {
        var grid = Minimal().Set("G5", SheetCell.OfPercent(100m));
        var rate = SelfEvaluationSheetReader.Read(grid).Table!.BudgetExecution!.ExecutionRate!;

        Assert.Equal(new Quantity { Value = 100m, Unit = "%" }, rate);
    }

    [Theory]
    [InlineData("≥90%", 90, "atLeast")]
    [InlineData("98.5%", 98.5, null)]
    [InlineData("100", 100, null)]
    public void An_execution_rate_written_as_text_keeps_its_text(string text, double value, string? qualifier)
    {
        var rate = SelfEvaluationSheetReader.Read(Minimal().Set("G5", SheetCell.OfText(text))).Table!.BudgetExecution!.ExecutionRate!;

        Assert.Equal(new Quantity { Value = (decimal)value, Unit = "%", Text = text, Qualifier = qualifier }, rate);
    }

    [Fact]
    public void The_money_unit_comes_from_the_funds_label()
    {
        var grid = Minimal().Set("A4", SheetCell.OfText("项目资金（元）"));
        var table = SelfEvaluationSheetReader.Read(grid).Table!;

        Assert.Equal("元", table.BudgetExecution!.InitialBudget!.Unit);
        Assert.Equal("万元", SelfEvaluationSheetReader.Read(Minimal()).Table!.BudgetExecution!.InitialBudget!.Unit);
    }

    [Theory]
    [InlineData("2022年度预算支出绩效自评表", true, "project")]
    [InlineData("2022年度部门整体支出绩效自评表", false, "department")]
    [InlineData("2022年度绩效自评表", false, null)]
    public void The_subject_is_project_with_a_project_name_and_department_when_the_title_says_so(string title, bool projectRow, string? subject)
    {
        var grid = Minimal().Set("A1", SheetCell.OfText(title));
        if (!projectRow) grid = Without(grid, "A2", "B2");

        Assert.Equal(subject, SelfEvaluationSheetReader.Read(grid).Table!.Subject);
    }

    [Fact]
    public void Blocks_are_found_by_their_labels_wherever_they_are()
    {
        var grid = Grid("Sheet1",
        [
            ("C3", "部门整体支出绩效自评表"),
            ("C5", "主 管 部 门："), ("E5", "某县人民政府"), ("G5", "实施\n单位"), ("H5", "某县司法局"),
            ("D7", "年初\n预算数"), ("E7", "全年\n预算数"), ("F7", "全年\n执行数"), ("G7", "分 值"), ("H7", "执行率"), ("I7", "得 分"),
            ("C8", "年度资金总额（万元）："), ("D8", 10m), ("E8", 12m), ("F8", 11m), ("G8", 10m), ("H8", "91.67%"), ("I8", 9m),
            ("D11", "一级\n指标"), ("E11", "二级指标"), ("F11", "三级指标"), ("G11", "年度目标值"), ("H11", "实际值"), ("I11", "分值"), ("J11", "得分"), ("K11", "偏差原因"),
            ("D12", "产出指标"), ("E12", "数量指标"), ("F12", "培训场次"), ("G12", "≥3场"), ("H12", "4场"), ("I12", 90m), ("J12", 90m), ("K12", "无"),
            ("C13", "总 分"), ("I13", 100m), ("J13", 99m),
        ]);

        var result = SelfEvaluationSheetReader.Read(grid);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var table = result.Table!;
        Assert.Equal(("部门整体支出绩效自评表", "department", "某县人民政府", "某县司法局"), (table.Title, table.Subject, table.SupervisingDepartment, table.ImplementingUnit));
        Assert.Equal(12m, table.BudgetExecution!.FullYearBudget!.Value);
        var indicator = Assert.Single(table.Indicators!);
        Assert.Equal(new Indicator
        {
            Level1 = "产出指标", Level2 = "数量指标", Level3 = "培训场次",
            Target = new StatedValue { Text = "≥3场", Operator = ">=", Value = 3, Unit = "场" },
            Actual = new StatedValue { Text = "4场", Operator = "=", Value = 4, Unit = "场" },
            Weight = 90, Score = 90, DeviationReason = "无",
        }, indicator);
        Assert.Equal((100m, 99m), (table.TotalWeight, table.TotalScore));
    }

    [Fact]
    public void Blank_rows_inside_the_indicator_block_are_not_rows_and_a_blank_level1_takes_the_one_above()
    {
        var grid = Grid("Sheet1",
        [
            ("A1", "一级指标"), ("B1", "二级指标"), ("C1", "三级指标"), ("D1", "分值"),
            ("A2", "产出指标"), ("B2", "数量指标"), ("C2", "甲"), ("D2", 5m),
            ("C4", "乙"), ("D4", 5m),
            ("B6", "质量指标"), ("C6", "丙"),
            ("A8", "效益指标"), ("B8", "社会效益指标"),
            ("A9", "满意度指标（10分）"),
            ("A10", "总分"), ("D10", 10m),
        ], "B2:B5");

        var table = SelfEvaluationSheetReader.Read(grid).Table!;

        Assert.Equal(
            [("产出指标", "数量指标", "甲"), ("产出指标", "数量指标", "乙"), ("产出指标", "质量指标", "丙"), ("效益指标", "社会效益指标", null), ("满意度指标", null, null)],
            table.Indicators!.Select(i => (i.Level1, i.Level2, i.Level3)));
        Assert.Equal([new Level1Weight { Name = "满意度指标", Weight = 10 }], table.Level1Weights);
    }

    [Fact]
    public void An_unmerged_blank_level2_is_not_filled_down()
    {
        var grid = Grid("Sheet1",
        [
            ("A1", "一级指标"), ("B1", "二级指标"), ("C1", "三级指标"),
            ("A2", "产出指标"), ("B2", "数量指标"), ("C2", "甲"),
            ("C3", "乙"),
        ]);

        Assert.Equal(["数量指标", null], SelfEvaluationSheetReader.Read(grid).Table!.Indicators!.Select(i => i.Level2));
    }

    [Fact]
    public void A_text_merged_down_a_column_fills_each_row_but_a_number_counts_once()
    {
        var grid = Grid("Sheet1",
        [
            ("A1", "一级指标"), ("B1", "三级指标"), ("C1", "分值"), ("D1", "偏差原因分析及改进措施"),
            ("A2", "产出指标"), ("B2", "甲"), ("C2", 10m), ("D2", "无偏差"),
            ("B3", "乙"),
        ], "C2:C3", "D2:D3");

        var indicators = SelfEvaluationSheetReader.Read(grid).Table!.Indicators!;

        Assert.Equal([("无偏差", 10m), ("无偏差", null)], indicators.Select(i => (i.DeviationReason, i.Weight)));
    }

    [Fact]
    public void Funding_rows_name_without_the_prefix_a_dash_is_no_figure_and_an_empty_row_is_noted_blank()
    {
        var table = SelfEvaluationSheetReader.Read(Sheet(Hengshan)).Table!;

        Assert.Equal(["当年财政拨款", "上年结转资金", "其他资金"], table.FundingRows!.Select(f => f.Name));
        Assert.Null(table.FundingRows![1].InitialBudget);
        Assert.Null(table.FundingRows[1].Note);
        Assert.Equal(new FundingLine { Name = "其他资金", Note = "空白" }, table.FundingRows[2]);
    }

    [Fact]
    public void A_value_hidden_inside_a_merged_range_is_reported_as_ignored()
    {
        var grid = Minimal().Set("H20", SheetCell.OfText("备注")).Set("I21", SheetCell.OfNumber(7)).Merge("H20:I21");

        var result = SelfEvaluationSheetReader.Read(grid);

        var hidden = Assert.Single(result.Ignored, i => i.Cell.ToString() == "I21");
        Assert.Equal(7m, hidden.Value);
        Assert.Contains("H20:I21", hidden.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rate_on_a_funding_row_has_no_field_and_is_reported_as_ignored()
    {
        var grid = Minimal().Set("B6", SheetCell.OfText("当年财政拨款")).Set("C6", SheetCell.OfNumber(1)).Set("G6", SheetCell.OfText("100%")).Set("F6", SheetCell.OfText("—"))
            .Set("A20", SheetCell.OfText("填表人：张三"));

        var result = SelfEvaluationSheetReader.Read(grid);

        Assert.True(result.Succeeded);
        Assert.Equal(["G6", "A20"], result.Ignored.Select(i => i.Cell.ToString()));
        Assert.Contains("资金来源", result.Ignored[0].Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("G14", "五分", "/indicators/2/weight", "分值 '五分' is not a number.")]
    [InlineData("H12", "满分", "/indicators/0/score", "得分 '满分' is not a number.")]
    [InlineData("D6", "约179万", "/fundingRows/0/fullYearBudget/value", "全年预算数 '约179万' is not a number.")]
    [InlineData("C5", "115 万", "/budgetExecution/initialBudget/value", "年初预算数 '115 万' is not a number.")]
    [InlineData("G5", "全部执行", "/budgetExecution/executionRate/value", "执行率 '全部执行' is not a percentage.")]
    [InlineData("F5", "十", "/budgetExecution/weight", "分值 '十' is not a number.")]
    [InlineData("G29", "一百", "/totalWeight", "总分分值 '一百' is not a number.")]
    [InlineData("B12", "产出指标(五十分)", "/level1Weights/0/weight", "The weight in 一级指标 '产出指标(五十分)' is not a number.")]
    public void A_cell_that_must_be_a_number_and_is_not_is_an_error_naming_the_cell_and_pointer(string cell, string text, string pointer, string message)
    {
        var grid = Sheet(Hengshan).Set(cell, SheetCell.OfText(text));

        var error = Assert.Single(SelfEvaluationSheetReader.Read(grid).Errors);

        Assert.Equal(new SheetError("司法行政项目经费", CellAddress.TryParse(cell, out var a) ? a : default, pointer, message), error);
        Assert.Equal($"司法行政项目经费!{cell}: {message}", error.ToString());
    }

    [Fact]
    public void An_indicator_row_before_any_level1_is_an_error()
    {
        var grid = Grid("Sheet1", [("A1", "一级指标"), ("B1", "三级指标"), ("B2", "甲"), ("A3", "产出指标"), ("B3", "乙")]);

        var error = Assert.Single(SelfEvaluationSheetReader.Read(grid).Errors);

        Assert.Equal(("A2", "/indicators/0/level1"), (error.Cell.ToString(), error.Pointer));
    }

    [Fact]
    public void A_figure_on_a_row_without_a_name_and_a_second_total_row_are_errors()
    {
        var grid = Minimal().Set("D6", SheetCell.OfNumber(3)).Set("B7", SheetCell.OfText("年度资金总额")).Set("C7", SheetCell.OfNumber(1));

        var errors = SelfEvaluationSheetReader.Read(grid).Errors;

        Assert.Equal([("D6", ""), ("B7", "/budgetExecution")], errors.Select(e => (e.Cell.ToString(), e.Pointer)));
    }

    [Fact]
    public void A_sheet_without_the_layout_is_not_recognised()
    {
        var result = SelfEvaluationSheetReader.Read(Grid("说明", [("A1", "填表说明"), ("A2", "按财预〔2020〕10号填写。")]));

        Assert.False(result.Recognised);
        Assert.Null(result.Table);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Merges_covering_too_many_cells_are_refused_as_a_sheet_error()
    {
        var grid = Grid("Sheet1", [("A1", "一级指标"), ("IV5000", "x")]);
        for (var i = 0; i < 10; i++) grid.Merge("A1:IV5000");

        var error = Assert.Single(SelfEvaluationSheetReader.Read(grid).Errors);

        Assert.Null(error.Cell);
    }

    /// <summary>A small 自评表: title, project row, funds header and 年度资金总额 at the 衡山 positions (rows 1–5).</summary>
    private static SheetGrid Minimal() => Grid("Sheet1",
    [
        ("A1", "2022年度预算支出绩效自评表"), ("A2", "项目支出名称"), ("B2", "测试项目"),
        ("A4", "项目资金(万元)"), ("C4", "年初预算数"), ("D4", "全年预算数"), ("E4", "全年执行数"), ("F4", "分值"), ("G4", "执行率"), ("H4", "得分"),
        ("B5", "年度资金总额"), ("C5", 1m), ("D5", 1m), ("E5", 1m),
    ], "A4:A8");

    private static SheetGrid Without(SheetGrid grid, params string[] addresses)
    {
        var copy = new SheetGrid(grid.Name);
        foreach (var (address, cell) in grid.Cells)
            if (!addresses.Contains(address.ToString())) copy.Set(address.Row, address.Column, cell);
        foreach (var merge in grid.Merges) copy.Merge(merge);
        return copy;
    }
}
