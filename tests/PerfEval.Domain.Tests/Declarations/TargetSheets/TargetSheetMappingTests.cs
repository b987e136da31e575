using System.Text.Json;
using System.Text.Json.Nodes;
using PerfEval.Domain.Declarations;
using PerfEval.Domain.Declarations.TargetSheets;
using PerfEval.Domain.Reports;
using PerfEval.Domain.Reports.SelfEvaluationSheets;

namespace PerfEval.Domain.Tests.Declarations.TargetSheets;

/// <summary>The 绩效目标申报表 layout: a declaration written as sheets reads back to the same document; an agency's own sheet is read by its labels.</summary>
public sealed class TargetSheetMappingTests
{
    private static string Json(DeclarationDocument document) => JsonSerializer.Serialize(document, ReportJson.Options);

    private static SheetGrid AgencySheet()
    {
        var sheet = new SheetGrid("目标表")
            .Set("A1", SheetCell.OfText("2022年度部门整体支出绩效目标申报表"))
            .Set("A2", SheetCell.OfText("预算年度")).Set("B2", SheetCell.OfText("2022年"))
            .Set("A3", SheetCell.OfText("总体目标")).Set("B3", SheetCell.OfText(" 保障机构正常运转 "))
            .Set("A4", SheetCell.OfText("一级指标")).Set("B4", SheetCell.OfText("二级指标")).Set("C4", SheetCell.OfText("三级\n指标"))
            .Set("D4", SheetCell.OfText("年度指标值")).Set("E4", SheetCell.OfText("权重"))
            .Set("A5", SheetCell.OfText("产出指标")).Set("B5", SheetCell.OfText("数量指标")).Set("C5", SheetCell.OfText("法治宣传场次"))
            .Set("D5", SheetCell.OfText("≥6场")).Set("E5", SheetCell.OfNumber(5))
            .Set("C6", SheetCell.OfText("群众满意率")).Set("D6", SheetCell.OfText("有所提升")).Set("E6", SheetCell.OfText("10分"))
            .Set("B7", SheetCell.OfText("质量指标"))
            .Set("A8", SheetCell.OfText("满意度指标")).Set("C8", SheetCell.OfText("服务对象满意度")).Set("D8", SheetCell.OfNumber(95));
        return sheet.Merge("B5:B6");
    }

    [Fact]
    public void A_declaration_written_as_sheets_reads_back_to_the_identical_document()
    {
        var declaration = DeclaredHengshan.Declaration(d =>
        {
            DeclaredHengshan.Row(d, "人民调解案件")["target"] = JsonNode.Parse("""{"text":"1000件","operator":">=","value":1000,"unit":"件"}""");
            DeclaredHengshan.Row(d, "法治宣传场次")["weight"] = 5.50m;
            DeclaredHengshan.Row(d, "群众满意率")["target"]!.AsObject().Remove("unit");
            var department = d["targetSets"]![0]!.DeepClone().AsObject();
            department["subject"] = "department";
            department.Remove("projectName");
            d["targetSets"]!.AsArray().Add(department);
        });

        var sheets = TargetSheetWriter.Write(declaration);
        var read = TargetWorkbookReader.Read(sheets, 2022);

        Assert.True(read.Succeeded, string.Join("; ", read.Errors));
        Assert.Equal(Json(declaration), Json(read.Document!));
        Assert.Equal(["司法行政项目经费", "部门整体支出"], sheets.Select(s => s.Name));
        Assert.Contains(read.Cells, c => c.Pointer == "/targetSets/0/indicators/1/target/value" && c.Sheet == "司法行政项目经费");
    }

    [Fact]
    public void An_agency_sheet_is_read_by_its_labels_with_merged_and_carried_headings_and_targets_parsed_from_their_text()
    {
        var read = TargetWorkbookReader.Read([AgencySheet()], 2022);

        Assert.True(read.Succeeded, string.Join("; ", read.Errors));
        var set = read.Document!.TargetSets.Single();
        Assert.Equal(("department", null, "保障机构正常运转"), (set.Subject, set.ProjectName, set.OverallGoal));
        Assert.Equal(3, set.Indicators.Count);
        var first = set.Indicators[0];
        Assert.Equal(("产出指标", "数量指标", ">=", 6m, "场", 5m), (first.Level1, first.Level2, first.Target.Operator, first.Target.Value, first.Target.Unit, first.Weight));
        var second = set.Indicators[1];
        Assert.Equal(("产出指标", "数量指标", "有所提升", null, 10m), (second.Level1, second.Level2, second.Target.Text, second.Target.Operator, second.Weight));
        var third = set.Indicators[2];
        Assert.Equal(("满意度指标", null, "95", null), (third.Level1, third.Level2, third.Target.Text, third.Weight));
        Assert.Contains(read.Cells, c => c.Pointer == "/targetSets/0/indicators/1/level2" && c.Cell.ToString() == "B5");
    }

    [Fact]
    public void Explicit_comparison_columns_are_the_declared_parts_and_a_bad_one_is_an_error_at_its_cell()
    {
        var sheet = AgencySheet().Set("F4", SheetCell.OfText("比较符")).Set("G4", SheetCell.OfText("数值")).Set("H4", SheetCell.OfText("计量单位"))
            .Set("F5", SheetCell.OfText("≥")).Set("G5", SheetCell.OfNumber(6)).Set("H5", SheetCell.OfText("场"))
            .Set("F8", SheetCell.OfText("约"));

        var read = TargetWorkbookReader.Read([sheet], 2022);

        var error = Assert.Single(read.Errors);
        Assert.Equal(("/targetSets/0/indicators/2/target/operator", "F8"), (error.Pointer, error.Cell.ToString()));
        Assert.Null(read.Document);

        var fixedSheet = sheet.Set("F8", SheetCell.OfText(">="));
        var document = TargetWorkbookReader.Read([fixedSheet], 2022).Document!;
        Assert.Equal((">=", (decimal?)6, "场"), (document.TargetSets[0].Indicators[0].Target.Operator, document.TargetSets[0].Indicators[0].Target.Value, document.TargetSets[0].Indicators[0].Target.Unit));
        // With the columns present a blank one states nothing: 有所提升 has no comparison, 95 no number.
        Assert.Equal((">=", null, null), (document.TargetSets[0].Indicators[2].Target.Operator, document.TargetSets[0].Indicators[2].Target.Value, document.TargetSets[0].Indicators[2].Target.Unit));
    }

    [Fact]
    public void Missing_names_another_year_and_a_weight_out_of_range_are_errors_at_their_cells()
    {
        var sheet = AgencySheet().Set("C6", SheetCell.OfText(" ")).Set("E8", SheetCell.OfNumber(120));

        var read = TargetWorkbookReader.Read([sheet], 2023);

        Assert.Null(read.Document);
        Assert.Contains(read.Errors, e => e.Pointer == "/fiscalYear" && e.Cell.ToString() == "B2");
        Assert.Contains(read.Errors, e => e.Pointer == "/targetSets/0/indicators/1/level3" && e.Cell.ToString() == "C6");

        var weight = TargetWorkbookReader.Read([sheet.Set("C6", SheetCell.OfText("群众满意率"))], 2022);
        var error = Assert.Single(weight.Errors);
        Assert.Equal(("/targetSets/0/indicators/2/weight", "E8"), (error.Pointer, error.Cell.ToString()));
        Assert.StartsWith("目标表!E8: Weight must be between 0 and 100", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_self_evaluation_sheet_is_not_a_target_sheet()
    {
        var sheet = new SheetGrid("自评表")
            .Set("A1", SheetCell.OfText("一级指标")).Set("B1", SheetCell.OfText("二级指标")).Set("C1", SheetCell.OfText("三级指标"))
            .Set("D1", SheetCell.OfText("年度指标值")).Set("E1", SheetCell.OfText("实际完成值")).Set("F1", SheetCell.OfText("分值")).Set("G1", SheetCell.OfText("得分"))
            .Set("A2", SheetCell.OfText("产出指标")).Set("C2", SheetCell.OfText("法治宣传场次")).Set("D2", SheetCell.OfText("6场"));

        var read = TargetWorkbookReader.Read([sheet], 2022);

        Assert.Null(read.Document);
        Assert.Equal(["自评表"], read.SkippedSheets);
        Assert.Contains("绩效目标申报表", Assert.Single(read.Errors).Message, StringComparison.Ordinal);
    }
}
