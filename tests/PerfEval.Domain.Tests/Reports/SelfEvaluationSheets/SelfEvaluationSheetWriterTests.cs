using PerfEval.Domain.Reports;
using PerfEval.Domain.Reports.SelfEvaluationSheets;
using static PerfEval.Domain.Tests.Reports.SelfEvaluationSheets.GridFixtures;

namespace PerfEval.Domain.Tests.Reports.SelfEvaluationSheets;

public sealed class SelfEvaluationSheetWriterTests
{
    private static readonly SheetGrid Written = SelfEvaluationSheetWriter.Write(HengshanTable(), "司法行政项目经费");

    [Theory]
    [InlineData("A1", "2022年度预算支出绩效自评表")]
    [InlineData("A2", "项目支出名称")]
    [InlineData("B3", "衡山县人民政府")]
    [InlineData("A4", "项目资金(万元)")]
    [InlineData("B6", "其中：当年财政拨款")]
    [InlineData("C7", "–")]
    [InlineData("G5", "100%")]
    [InlineData("B12", "产出指标(50分)")]
    [InlineData("B28", "满意度指标(10分)")]
    [InlineData("C24", "经济效益指标")]
    [InlineData("E12", "6场")]
    [InlineData("F13", "917件")]
    [InlineData("E21", "2022年底前")]
    [InlineData("A29", "总分")]
    public void Texts_are_written_as_stored_in_the_canonical_layout(string cell, string text)
    {
        Assert.Equal(SheetCell.OfText(text) with { Style = Written.Cells[Parse(cell)].Style }, Written.Cells[Parse(cell)]);
    }

    [Theory]
    [InlineData("C5", 115)]
    [InlineData("D5", 265.58)]
    [InlineData("D7", 85.85)]
    [InlineData("G14", 5)]
    [InlineData("G19", 2.5)]
    [InlineData("H25", 30)]
    [InlineData("G29", 100)]
    [InlineData("H29", 100)]
    public void Numbers_are_written_as_numbers(string cell, double number)
    {
        Assert.Equal((decimal)number, Written.Cells[Parse(cell)].Number);
        Assert.Null(Written.Cells[Parse(cell)].Text);
    }

    [Fact]
    public void Level1_and_level2_cells_are_merged_over_their_rows_and_labels_over_their_blocks()
    {
        string[] expected =
        [
            "A1:I1", "B2:I2", "B3:E3", "G3:I3", "A4:A8", "A9:A10", "B9:E9", "F9:I9", "B10:E10", "F10:I10", "A11:A28",
            "B12:B23", "C12:C18", "C19:C20", "C21:C22", "B24:B27", "A29:F29",
        ];
        Assert.Equal(expected, Written.Merges.Select(m => m.ToString()));
    }

    [Fact]
    public void An_empty_funding_row_noted_blank_stays_empty_and_labels_and_title_are_styled()
    {
        Assert.DoesNotContain(Written.Cells.Keys, a => a.Row == 8 && a.Column > 2);
        Assert.Equal(SheetCellStyle.Title, Written.Cells[Parse("A1")].Style);
        Assert.Equal(SheetCellStyle.Header, Written.Cells[Parse("C4")].Style);
        Assert.Equal(SheetCellStyle.Body, Written.Cells[Parse("D12")].Style);
        Assert.Equal(SelfEvaluationSheetWriter.Columns, Written.ColumnWidths.Count);
    }

    [Fact]
    public void A_department_table_has_no_project_row_and_a_rate_without_text_is_a_percent_cell()
    {
        var table = new IndicatorTable
        {
            Title = "2023年度部门整体支出绩效自评表",
            Subject = "department",
            BudgetExecution = new BudgetExecutionRow { InitialBudget = new Money { Value = 10, Unit = "元" }, ExecutionRate = new Quantity { Value = 95.5m, Unit = "%" } },
            Indicators = [new Indicator { Level1 = "产出指标", Level3 = "甲", DeviationReason = "无" }],
        };

        var sheet = SelfEvaluationSheetWriter.Write(table, "部门");

        Assert.Equal("主管部门", sheet.Cells[Parse("A2")].Text);
        Assert.Equal("项目资金(元)", sheet.Cells[Parse("A3")].Text);
        Assert.Equal(SheetCell.OfPercent(95.5m), sheet.Cells[Parse("G4")]);
        Assert.Equal("产出指标", sheet.Cells[Parse("B8")].Text);
        Assert.Equal("无", sheet.Cells[Parse("I8")].Text);
        Assert.Equal("总分", sheet.Cells[Parse("A9")].Text);
    }

    private static CellAddress Parse(string cell) => CellAddress.TryParse(cell, out var address) ? address : throw new ArgumentException(cell);
}
