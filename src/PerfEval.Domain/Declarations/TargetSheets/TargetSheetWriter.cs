using System.Globalization;
using PerfEval.Domain.Reports;
using PerfEval.Domain.Reports.SelfEvaluationSheets;

namespace PerfEval.Domain.Declarations.TargetSheets;

/// <summary>
/// Writes a declaration as a 绩效目标申报表 workbook, one sheet per target set (columns A–H): the title (部门整体支出… or
/// 项目支出绩效目标申报表), 年度 and 申报单位, 项目名称 (a set that names its project), 年度总体目标, then the header
/// 一级指标 | 二级指标 | 三级指标 | 指标值 | 比较符 | 数值 | 单位 | 分值 and one row per indicator. Texts exactly as stored,
/// numbers as numbers, nothing merged but the title and the texts; <see cref="TargetWorkbookReader"/> reads it back
/// to the same document.
/// </summary>
public static class TargetSheetWriter
{
    public const int Columns = 8;
    private static readonly double[] Widths = [12, 12, 24, 16, 8, 10, 8, 8];

    public static IReadOnlyList<SheetGrid> Write(DeclarationDocument document)
    {
        var names = SheetNames.For(document.TargetSets.Select(s => new IndicatorTable { Subject = s.Subject, ProjectName = s.ProjectName ?? (s.Subject == TargetSubjects.Department ? "部门整体支出" : null) }).ToList());
        return document.TargetSets.Select((set, i) => Write(document, set, names[i])).ToList();
    }

    private static SheetGrid Write(DeclarationDocument document, TargetSet set, string name)
    {
        var sheet = new SheetGrid(name);
        for (var column = 1; column <= Columns; column++) sheet.Width(column, Widths[column - 1]);
        var title = set.Subject == TargetSubjects.Department ? TargetSheetLabels.DepartmentTitle : TargetSheetLabels.ProjectTitle;
        Span(sheet, 1, 1, SheetCell.OfText(document.FiscalYear.ToString(CultureInfo.InvariantCulture) + "年度" + title, SheetCellStyle.Title));

        sheet.Set(2, 1, Label(TargetSheetLabels.FiscalYear)).Set(2, 2, SheetCell.OfNumber(document.FiscalYear));
        sheet.Set(2, 3, Label(TargetSheetLabels.AgencyName));
        if (document.AgencyName is { } agency) Span(sheet, 2, 4, SheetCell.OfText(agency));
        var row = 3;
        if (set.ProjectName is { } project)
        {
            sheet.Set(row, 1, Label(TargetSheetLabels.ProjectName));
            Span(sheet, row++, 2, SheetCell.OfText(project));
        }
        sheet.Set(row, 1, Label(TargetSheetLabels.OverallGoal));
        if (set.OverallGoal is { } goal) Span(sheet, row, 2, SheetCell.OfText(goal));
        row++;

        for (var i = 0; i < TargetSheetLabels.Headers.Count; i++) sheet.Set(row, i + 1, Label(TargetSheetLabels.Headers[i]));
        foreach (var indicator in set.Indicators)
        {
            row++;
            sheet.Set(row, 1, SheetCell.OfText(indicator.Level1));
            if (indicator.Level2 is { } level2) sheet.Set(row, 2, SheetCell.OfText(level2));
            sheet.Set(row, 3, SheetCell.OfText(indicator.Level3));
            sheet.Set(row, 4, SheetCell.OfText(indicator.Target.Text));
            if (indicator.Target.Operator is { } op) sheet.Set(row, 5, SheetCell.OfText(op));
            if (indicator.Target.Value is { } value) sheet.Set(row, 6, SheetCell.OfNumber(value));
            if (indicator.Target.Unit is { } unit) sheet.Set(row, 7, SheetCell.OfText(unit));
            if (indicator.Weight is { } weight) sheet.Set(row, 8, SheetCell.OfNumber(weight));
        }
        return sheet;
    }

    private static SheetCell Label(string text) => SheetCell.OfText(text, SheetCellStyle.Header);

    private static void Span(SheetGrid sheet, int row, int firstColumn, SheetCell cell)
    {
        sheet.Set(row, firstColumn, cell);
        sheet.Merge(new CellRange(new CellAddress(row, firstColumn), new CellAddress(row, Columns)));
    }
}
