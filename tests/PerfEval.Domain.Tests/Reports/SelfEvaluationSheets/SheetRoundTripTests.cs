using System.Text.Json.Nodes;
using PerfEval.Domain.Reports;
using PerfEval.Domain.Reports.SelfEvaluationSheets;
using static PerfEval.Domain.Tests.Reports.SelfEvaluationSheets.GridFixtures;

namespace PerfEval.Domain.Tests.Reports.SelfEvaluationSheets;

/// <summary>Writer then reader gives the table back; the written 衡山 sheet is the sheet the agency filled, up to whitespace.</summary>
public sealed class SheetRoundTripTests
{
    public static TheoryData<string> Tables() => new(Samples.Keys);

    private static readonly IReadOnlyDictionary<string, IndicatorTable> Samples = new Dictionary<string, IndicatorTable>
    {
        ["hengshan"] = HengshanTable(),
        ["department in 元 with a computed rate"] = new()
        {
            Title = "2023年度部门整体支出绩效自评表",
            Subject = "department",
            SupervisingDepartment = "某县人民政府",
            BudgetExecution = new() { InitialBudget = new() { Value = 1092.90m, Unit = "元" }, ExecutionRate = new() { Value = 95.5m, Unit = "%" }, Weight = 10 },
            FundingRows = [new() { Name = "财政拨款", Executed = new() { Value = 3, Unit = "元" } }, new() { Name = "其他资金" }],
            Level1Weights = [new() { Name = "产出指标", Weight = 2.5m }],
            Indicators =
            [
                new() { Level1 = "产出指标", Level3 = "甲", Target = new() { Text = "≥3场", Operator = ">=", Value = 3, Unit = "场" }, DeviationReason = "无偏差" },
                new() { Level1 = "产出指标", Level2 = "质量指标", Level3 = "乙", Weight = 1.25m, Score = 0 },
                new() { Level1 = "产出指标", Level2 = "质量指标", Level3 = "丙" },
                new() { Level1 = "效益指标" },
                new() { Level1 = "满意度指标", Level2 = "服务对象满意度指标", Actual = new() { Text = "98%", Operator = "=", Value = 98, Unit = "%" } },
            ],
            TotalScore = 88.5m,
        },
        ["only a title"] = new() { Title = "空表" },
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public void A_written_table_reads_back_to_the_same_table(string name)
    {
        var table = Samples[name];

        var result = SelfEvaluationSheetReader.Read(SelfEvaluationSheetWriter.Write(table, "Sheet1"));

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.True(JsonNode.DeepEquals(Json(table), Json(result.Table!)), Json(result.Table!).ToJsonString());
        Assert.Empty(result.Ignored);
    }

    [Fact]
    public void The_written_hengshan_sheet_is_the_filled_sheet_up_to_whitespace()
    {
        var filled = Sheet(Hengshan);
        var written = SelfEvaluationSheetWriter.Write(HengshanTable(), filled.Name);

        Assert.Equal(Values(filled), Values(written));
        Assert.Equal(filled.Merges.Select(m => m.ToString()).Order(), written.Merges.Select(m => m.ToString()).Order());
    }

    private static SortedDictionary<string, string> Values(SheetGrid sheet) =>
        new(sheet.Cells.Where(c => !c.Value.IsEmpty).ToDictionary(
            c => c.Key.ToString(),
            c => c.Value.Number is { } n ? SheetNumbers.Format(SheetNumbers.FromStored(n)) : SheetLabels.RemoveWhitespace(c.Value.Text!)), StringComparer.Ordinal);
}
