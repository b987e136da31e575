namespace PerfEval.Domain.Reports.SelfEvaluationSheets;

/// <summary>
/// Reads one sheet of a 项目支出 / 部门整体支出绩效自评表 into an <see cref="IndicatorTable"/>, with the cell each value
/// came from and every cell that could not be read (sheet, cell, JSON pointer, message). Blocks are found by their
/// printed labels with whitespace removed, never by position: the title above the first label; 项目支出名称, 主管部门 and
/// 实施单位 with their values to the right; the 项目资金 block (<see cref="BudgetBlockReader"/>); 年度总体目标 with the
/// texts under 预期目标 and 实际完成情况; the 绩效指标 block and 总分 (<see cref="IndicatorBlockReader"/>).
/// </summary>
public static class SelfEvaluationSheetReader
{
    public static SheetReadResult Read(SheetGrid sheet)
    {
        if (SheetView.Of(sheet) is not { } view)
            return new(sheet.Name, true, null, [], [new SheetError(sheet.Name, null, "", "Merged ranges cover too many cells (or overlap).")], []);
        var layout = SheetLayout.Locate(view);
        if (!layout.IsSelfEvaluationSheet) return new(sheet.Name, false, null, [], [], []);

        var context = new ReadContext(view);
        var title = ReadTitle(context, layout);
        var projectLabel = layout.First(SheetLabels.ProjectName) ?? layout.First(SheetLabels.ProjectNameShort);
        var budget = layout.BudgetHeader is { } budgetHeader ? BudgetBlockReader.Read(context, layout, budgetHeader) : null;
        var indicators = layout.IndicatorHeader is { } indicatorHeader ? IndicatorBlockReader.Read(context, layout, indicatorHeader) : null;

        var table = new IndicatorTable
        {
            Title = title,
            Subject = projectLabel is not null ? "project"
                : title?.Contains(SheetLabels.DepartmentTitleMark, StringComparison.Ordinal) == true ? "department" : null,
            ProjectName = ValueOf(context, projectLabel, "/projectName"),
            SupervisingDepartment = ValueOf(context, layout.First(SheetLabels.SupervisingDepartment), "/supervisingDepartment"),
            ImplementingUnit = ValueOf(context, layout.First(SheetLabels.ImplementingUnit), "/implementingUnit"),
            BudgetExecution = budget?.Execution,
            FundingRows = budget?.Funding,
            OverallGoalPlanned = Goal(context, layout, SheetLabels.GoalPlanned, "/overallGoalPlanned"),
            OverallGoalActual = Goal(context, layout, SheetLabels.GoalActual, "/overallGoalActual"),
            Level1Weights = indicators?.Weights,
            Indicators = indicators?.Indicators is { Count: > 0 } list ? list : null,
            TotalWeight = indicators?.TotalWeight,
            TotalScore = indicators?.TotalScore,
        };
        return new(sheet.Name, true, table, context.Cells, context.Errors, context.Ignored());
    }

    /// <summary>The first text above every label ("2022年度预算支出绩效自评表").</summary>
    private static string? ReadTitle(ReadContext context, SheetLayout layout)
    {
        foreach (var (address, cell) in context.View.OwnCells())
        {
            if (address.Row >= layout.FirstLabelRow) break;
            if (cell.Text is not null) return context.ReadText(address, "/title", cell);
        }
        return null;
    }

    private static string? ValueOf(ReadContext context, CellAddress? label, string pointer)
    {
        if (label is not { } at) return null;
        context.Use(at);
        return SheetLayout.ValueRightOf(context.View, at) is { } value ? context.ReadText(value.Address, pointer, value.Cell) : null;
    }

    /// <summary>The text under a 预期目标 / 实际完成情况 heading (within three rows), or right of it on the same row.</summary>
    private static string? Goal(ReadContext context, SheetLayout layout, string label, string pointer)
    {
        if (layout.First(label) is not { } at) return null;
        var view = context.View;
        var limit = layout.NextRowWithAny(at.Row, view.MaxRow + 1, SheetLabels.Indicators, SheetLabels.Level1, SheetLabels.Total);
        var below = (view.MergeAt(at.Row, at.Column)?.Last.Row ?? at.Row) + 1;
        for (var row = below; row < Math.Min(limit, below + 3); row++)
        {
            if (view.Own(row, at.Column) is not { } cell) continue;
            if (cell.Text is { } text && SheetLabels.All.Contains(SheetLabels.Header(text))) break;
            return context.ReadText(new CellAddress(row, at.Column), pointer, cell);
        }
        return SheetLayout.ValueRightOf(view, at) is { } value ? context.ReadText(value.Address, pointer, value.Cell) : null;
    }
}
