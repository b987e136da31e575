using PerfEval.Domain.Reports;
using PerfEval.Domain.Reports.SelfEvaluationSheets;

namespace PerfEval.Domain.Declarations.TargetSheets;

/// <summary>
/// What one sheet of a 绩效目标申报表 gave: its target set (null when the sheet has no indicator header), the 年度 and
/// 申报单位 it states with their cells, where each value came from and what could not be read. Pointers are relative
/// to the target set ("/indicators/1/target/text").
/// </summary>
public sealed record TargetSheetRead(
    string Sheet,
    TargetSet? Set,
    (int Year, CellAddress Cell)? FiscalYear,
    (string Name, CellAddress Cell)? AgencyName,
    IReadOnlyList<CellMapping> Cells,
    IReadOnlyList<SheetError> Errors)
{
    public bool Recognised => Set is not null || Errors.Count > 0;
}

/// <summary>
/// Reads one sheet of a 绩效目标申报表: a title (部门整体支出… makes the set the department's), 年度, 申报单位, 项目名称
/// and 年度总体目标 with the value to the right of each label, and the indicator block under a header row
/// (一级指标 | 二级指标 | 三级指标 | 指标值 | 比较符 | 数值 | 单位 | 分值), found by the printed labels, never by position.
/// Merged 一级/二级 cells fill every row they cover, a blank unmerged 一级 cell takes the one above, a blank row is not
/// a row and a row with only 一级/二级 is a heading. 指标值 keeps its text; when the sheet has 比较符/数值/单位 columns
/// they are the comparison, number and unit as declared (blank = not stated), otherwise they are read from the text
/// the way the scorer reads a 自评表's 年度指标值 ("≥90%" is &gt;= 90 %).
/// </summary>
public static class TargetSheetReader
{
    public static TargetSheetRead Read(SheetGrid sheet)
    {
        if (SheetView.Of(sheet) is not { } view)
            return new(sheet.Name, null, null, null, [], [new SheetError(sheet.Name, null, "", "Merged ranges cover too many cells (or overlap).")]);
        var labels = LocateLabels(view);
        if (HeaderRow(view, labels) is not { } header) return new(sheet.Name, null, null, null, [], []);

        var context = new ReadContext(view);
        var title = Title(view, labels);
        var projectName = ValueOf(context, labels, TargetSheetLabels.ProjectName, "/projectName");
        var subject = title?.Contains(TargetSheetLabels.DepartmentTitleMark, StringComparison.Ordinal) == true ? TargetSubjects.Department
            : projectName is not null ? TargetSubjects.Project : TargetSubjects.Department;
        var set = new TargetSet
        {
            Subject = subject,
            ProjectName = projectName,
            OverallGoal = ValueOf(context, labels, TargetSheetLabels.OverallGoal, "/overallGoal"),
            Indicators = ReadIndicators(context, header),
        };
        return new(sheet.Name, set, FiscalYear(context, labels), AgencyName(context, labels), context.Cells, context.Errors);
    }

    private static Dictionary<string, CellAddress> LocateLabels(SheetView view)
    {
        var labels = new Dictionary<string, CellAddress>();
        foreach (var (address, cell) in view.OwnCells())
            if (cell.Text is { } text && TargetSheetLabels.Of(text) is var label
                && (TargetSheetLabels.Fields.Contains(label) || TargetSheetLabels.Headers.Contains(label)))
                labels.TryAdd(label, address);
        return labels;
    }

    /// <summary>
    /// The indicator header: the row of the first 一级指标 label, when 三级指标 and 指标值 are on it too and 实际完成值 and
    /// 得分 are not (that is a 自评表, which reports on targets rather than declaring them).
    /// </summary>
    private static int? HeaderRow(SheetView view, Dictionary<string, CellAddress> labels)
    {
        if (!labels.TryGetValue(TargetSheetLabels.Level1, out var level1)) return null;
        var columns = HeaderColumns(view, level1.Row);
        var selfEvaluation = Enumerable.Range(1, view.MaxColumn)
            .Any(c => view.Own(level1.Row, c) is { Text: { } text } && SheetLabels.Header(text) is SheetLabels.Actual or SheetLabels.Score);
        return !selfEvaluation && columns.ContainsKey(TargetSheetLabels.Level3) && columns.ContainsKey(TargetSheetLabels.Target) ? level1.Row : null;
    }

    private static Dictionary<string, int> HeaderColumns(SheetView view, int row)
    {
        var columns = new Dictionary<string, int>();
        for (var column = 1; column <= view.MaxColumn; column++)
            if (view.Own(row, column) is { Text: { } text } && TargetSheetLabels.Of(text) is var label && TargetSheetLabels.Headers.Contains(label))
                columns.TryAdd(label, column);
        return columns;
    }

    /// <summary>The first text above every label.</summary>
    private static string? Title(SheetView view, Dictionary<string, CellAddress> labels)
    {
        var firstLabelRow = labels.Values.Min(a => a.Row);
        return view.OwnCells().Where(c => c.Address.Row < firstLabelRow && c.Cell.Text is not null).Select(c => c.Cell.Text!.Trim()).FirstOrDefault();
    }

    private static (SheetCell Cell, CellAddress Address)? RightOf(ReadContext context, Dictionary<string, CellAddress> labels, string label)
    {
        if (!labels.TryGetValue(label, out var at)) return null;
        context.Use(at);
        var view = context.View;
        var start = (view.MergeAt(at.Row, at.Column)?.Last.Column ?? at.Column) + 1;
        for (var column = start; column <= view.MaxColumn; column++)
        {
            if (view.Own(at.Row, column) is not { } cell) continue;
            if (cell.Text is { } text && TargetSheetLabels.Fields.Contains(TargetSheetLabels.Of(text))) return null;
            return (cell, new CellAddress(at.Row, column));
        }
        return null;
    }

    private static string? ValueOf(ReadContext context, Dictionary<string, CellAddress> labels, string label, string pointer) =>
        RightOf(context, labels, label) is { } value ? context.ReadText(value.Address, pointer, value.Cell) : null;

    private static (int, CellAddress)? FiscalYear(ReadContext context, Dictionary<string, CellAddress> labels)
    {
        if (RightOf(context, labels, TargetSheetLabels.FiscalYear) is not { } value) return null;
        var text = ReadContext.Text(value.Cell).TrimEnd('年', '度');
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)) return (year, value.Address);
        context.Error(value.Address, "/fiscalYear", $"年度 '{ReadContext.Text(value.Cell)}' is not a year.");
        return null;
    }

    private static (string, CellAddress)? AgencyName(ReadContext context, Dictionary<string, CellAddress> labels) =>
        RightOf(context, labels, TargetSheetLabels.AgencyName) is { } value ? (ReadContext.Text(value.Cell), value.Address) : null;

    private static List<DeclaredIndicator> ReadIndicators(ReadContext context, int header)
    {
        var view = context.View;
        var columns = HeaderColumns(view, header);
        var level1Column = columns[TargetSheetLabels.Level1];
        var level2Column = columns.GetValueOrDefault(TargetSheetLabels.Level2);
        var headingColumns = new[] { level1Column, level2Column };
        var contentColumns = columns.Values.Where(c => !headingColumns.Contains(c)).ToList();
        var explicitParts = columns.ContainsKey(TargetSheetLabels.Operator) || columns.ContainsKey(TargetSheetLabels.Value) || columns.ContainsKey(TargetSheetLabels.Unit);

        var indicators = new List<DeclaredIndicator>();
        (SheetCell Cell, CellAddress Source)? level1 = null;
        var first = columns.Values.Select(c => view.MergeAt(header, c)?.Last.Row ?? header).Max() + 1;
        for (var row = first; row <= view.MaxRow; row++)
        {
            if (view.Shown(row, level1Column, acrossRows: true) is { } shown) level1 = shown;
            if (!contentColumns.Any(c => view.Own(row, c) is not null)) continue;

            var pointer = $"/indicators/{indicators.Count}";
            string? Text(string label, string field) =>
                columns.TryGetValue(label, out var c) && view.Shown(row, c, acrossRows: true) is { } s ? context.ReadText(s.Source, pointer + field, s.Cell) : null;
            string Required(string label, string field)
            {
                if (Text(label, field) is { } text) return text;
                context.Error(new CellAddress(row, columns[label]), pointer + field, $"{label} is missing.");
                return "";
            }

            var level1Name = "";
            if (level1 is { } l1) level1Name = context.ReadText(l1.Source, pointer + "/level1", l1.Cell)!;
            else context.Error(new CellAddress(row, level1Column), pointer + "/level1", "一级指标 is missing: no 一级指标 on this row or above it.");
            var level3 = Required(TargetSheetLabels.Level3, "/level3");
            var targetColumn = columns[TargetSheetLabels.Target];
            var targetCell = view.Shown(row, targetColumn, acrossRows: false);
            var target = targetCell is { } t ? context.ReadStated(t.Source, pointer + "/target", t.Cell)! : null;
            if (target is null) context.Error(new CellAddress(row, targetColumn), pointer + "/target/text", "指标值 is missing.");
            else if (explicitParts) target = target with
            {
                Operator = Operator(context, columns, row, pointer),
                Value = Number(context, columns, TargetSheetLabels.Value, row, pointer + "/target/value"),
                Unit = Text(TargetSheetLabels.Unit, "/target/unit"),
            };
            indicators.Add(new DeclaredIndicator
            {
                Level1 = level1Name,
                Level2 = Text(TargetSheetLabels.Level2, "/level2"),
                Level3 = level3,
                Target = target ?? new StatedValue { Text = "" },
                Weight = Number(context, columns, TargetSheetLabels.Weight, row, pointer + "/weight"),
            });
        }
        return indicators;
    }

    private static string? Operator(ReadContext context, Dictionary<string, int> columns, int row, string pointer)
    {
        if (!columns.TryGetValue(TargetSheetLabels.Operator, out var column) || context.View.Own(row, column) is not { } cell) return null;
        var address = new CellAddress(row, column);
        context.Map(address, pointer + "/target/operator", cell);
        if (cell.Text is { } text && TargetSheetLabels.ParseOperator(text) is { } op) return op;
        context.Error(address, pointer + "/target/operator", $"比较符 '{ReadContext.Text(cell)}' is not one of >= <= > < = (≥ ≤ are read as >= <=).");
        return null;
    }

    /// <summary>数值 and 分值 from their own cell (a number merged over rows would count once per row).</summary>
    private static decimal? Number(ReadContext context, Dictionary<string, int> columns, string label, int row, string pointer) =>
        columns.TryGetValue(label, out var column) ? context.ReadDecimal(new CellAddress(row, column), pointer, context.View.Own(row, column), label) : null;
}
