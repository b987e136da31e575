namespace PerfEval.Domain.Reports.SelfEvaluationSheets;

/// <summary>
/// The 项目资金 block: a header row (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分), then named rows: 年度资金总额
/// (the budget execution row) and the 资金来源 rows ("其中：当年财政拨款", 上年结转资金, 其他资金). A 资金来源 row whose
/// figures are all empty is kept with the note 空白; a dash states that the figure is not given. The block ends at the
/// next block's label, where a 项目资金 label merged down its rows ends, or at the first empty row after its rows.
/// </summary>
internal static class BudgetBlockReader
{
    private static readonly string[] Headers =
    [
        SheetLabels.InitialBudget, SheetLabels.FullYearBudget, SheetLabels.Executed, SheetLabels.Weight, SheetLabels.ExecutionRate, SheetLabels.Score,
    ];

    public sealed record Block(BudgetExecutionRow? Execution, IReadOnlyList<FundingLine>? Funding);

    public static Block Read(ReadContext context, SheetLayout layout, CellAddress headerCell)
    {
        var view = context.View;
        if (layout.FundsLabel is { } fundsLabel) context.Use(fundsLabel);
        var columns = SheetLayout.HeaderColumns(view, headerCell.Row, Headers);
        var firstFigureColumn = columns.Values.Min();
        var end = layout.NextRowWithAny(headerCell.Row, view.MaxRow + 1,
            SheetLabels.OverallGoal, SheetLabels.GoalPlanned, SheetLabels.GoalActual, SheetLabels.Indicators, SheetLabels.Level1, SheetLabels.Total);
        // The 项目资金 label is usually merged down the rows of its block: they end where it ends.
        if (layout.FundsLabel is { } funds && view.MergeAt(funds.Row, funds.Column) is { Rows: > 1 } labelMerge)
            end = Math.Min(end, labelMerge.Last.Row + 1);
        var unit = layout.FundsUnit;

        BudgetExecutionRow? execution = null;
        var funding = new List<FundingLine>();
        for (var row = SheetLayout.HeaderEnd(view, headerCell.Row, columns.Values) + 1; row < end; row++)
        {
            if (execution is not null || funding.Count > 0)
                if (Enumerable.Range(1, view.MaxColumn).All(c => view.Own(row, c) is null && !view.IsContinuation(row, c))) break;
            var name = RowName(view, row, firstFigureColumn, layout.FundsLabel);
            if (name is null)
            {
                foreach (var column in columns.Values)
                    if (view.Own(row, column) is not null)
                        context.Error(new CellAddress(row, column), "", "A figure in the 项目资金 block on a row without a name (年度资金总额, 当年财政拨款 …).");
                continue;
            }

            var (nameAddress, nameCell) = name.Value;
            var label = SheetLabels.Normalize(nameCell.Text);
            SheetCell? Cell(string header) => columns.TryGetValue(header, out var c) ? view.Own(row, c) : null;
            CellAddress At(string header) => new(row, columns.GetValueOrDefault(header, firstFigureColumn));

            if (label.StartsWith(SheetLabels.FundsTotal, StringComparison.Ordinal))
            {
                context.Use(nameAddress);
                if (execution is not null)
                {
                    context.Error(nameAddress, "/budgetExecution", "年度资金总额 appears twice.");
                    continue;
                }
                const string p = "/budgetExecution";
                execution = new BudgetExecutionRow
                {
                    InitialBudget = context.ReadMoney(At(SheetLabels.InitialBudget), p + "/initialBudget", Cell(SheetLabels.InitialBudget), unit, SheetLabels.InitialBudget),
                    FullYearBudget = context.ReadMoney(At(SheetLabels.FullYearBudget), p + "/fullYearBudget", Cell(SheetLabels.FullYearBudget), unit, SheetLabels.FullYearBudget),
                    Executed = context.ReadMoney(At(SheetLabels.Executed), p + "/executed", Cell(SheetLabels.Executed), unit, SheetLabels.Executed),
                    Weight = context.ReadDecimal(At(SheetLabels.Weight), p + "/weight", Cell(SheetLabels.Weight), SheetLabels.Weight),
                    ExecutionRate = context.ReadRate(At(SheetLabels.ExecutionRate), p + "/executionRate", Cell(SheetLabels.ExecutionRate), SheetLabels.ExecutionRate),
                    Score = context.ReadDecimal(At(SheetLabels.Score), p + "/score", Cell(SheetLabels.Score), SheetLabels.Score),
                };
                if (execution == new BudgetExecutionRow()) execution = null;
                continue;
            }

            var pointer = $"/fundingRows/{funding.Count}";
            var line = new FundingLine
            {
                Name = context.ReadText(nameAddress, pointer + "/name", nameCell) is { } text ? FundingName(text) : "",
                InitialBudget = context.ReadMoney(At(SheetLabels.InitialBudget), pointer + "/initialBudget", Cell(SheetLabels.InitialBudget), unit, SheetLabels.InitialBudget),
                FullYearBudget = context.ReadMoney(At(SheetLabels.FullYearBudget), pointer + "/fullYearBudget", Cell(SheetLabels.FullYearBudget), unit, SheetLabels.FullYearBudget),
                Executed = context.ReadMoney(At(SheetLabels.Executed), pointer + "/executed", Cell(SheetLabels.Executed), unit, SheetLabels.Executed),
            };
            var figures = new[] { SheetLabels.InitialBudget, SheetLabels.FullYearBudget, SheetLabels.Executed };
            if (figures.All(h => Cell(h) is null)) line = line with { Note = SheetLabels.BlankNote };
            foreach (var header in new[] { SheetLabels.Weight, SheetLabels.ExecutionRate, SheetLabels.Score })
                if (Cell(header) is { } extra)
                {
                    if (SheetNumbers.IsNothing(extra)) context.Use(At(header));
                    else context.Ignore(At(header), $"{header} of a 资金来源 row: the report model keeps it for 年度资金总额 only.");
                }
            funding.Add(line);
        }
        return new Block(execution, funding.Count == 0 ? null : funding);
    }

    /// <summary>The rightmost text left of the figures, other than the 项目资金(万元) label: the row's name.</summary>
    private static (CellAddress, SheetCell)? RowName(SheetView view, int row, int firstFigureColumn, CellAddress? fundsLabel)
    {
        for (var column = firstFigureColumn - 1; column >= 1; column--)
        {
            var address = new CellAddress(row, column);
            if (address == fundsLabel) continue;
            if (view.Own(row, column) is { Text: not null } cell) return (address, cell);
        }
        return null;
    }

    /// <summary>"其中：当年财政拨款" is the 资金来源 当年财政拨款.</summary>
    private static string FundingName(string text)
    {
        var name = SheetLabels.RemoveWhitespace(text);
        foreach (var prefix in new[] { "其中：", "其中:", SheetLabels.FundingPrefix })
            if (name.StartsWith(prefix, StringComparison.Ordinal) && name.Length > prefix.Length) return name[prefix.Length..];
        return name;
    }
}
