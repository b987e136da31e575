namespace PerfEval.Domain.Reports.SelfEvaluationSheets;

/// <summary>
/// Writes an <see cref="IndicatorTable"/> in the canonical 自评表 layout (columns A–I): the title; 项目支出名称; 主管部门 and
/// 实施单位; the 项目资金 block (header, 年度资金总额, the 资金来源 rows, the first written "其中：…"; a figure a 资金来源 row
/// does not give is "–", a row noted 空白 stays empty); 年度总体目标 (预期目标, 实际完成情况); the 绩效指标 block with 一级
/// cells written "产出指标(50分)" when the table states the weight, 一级 and 二级 cells merged over their rows; 总分.
/// Texts are written exactly as stored, numbers as numbers. <see cref="SelfEvaluationSheetReader"/> reads it back to the same table.
/// </summary>
public static class SelfEvaluationSheetWriter
{
    public const int Columns = 9;
    public const string NotGiven = "–";

    private static readonly double[] Widths = [10, 16, 14, 30, 14, 14, 9, 9, 26];

    public static SheetGrid Write(IndicatorTable table, string sheetName)
    {
        var sheet = new SheetGrid(sheetName);
        for (var column = 1; column <= Columns; column++) sheet.Width(column, Widths[column - 1]);

        var row = 1;
        if (table.Title is { } title) Span(sheet, row, 1, Columns, SheetCell.OfText(title, SheetCellStyle.Title));
        row++;
        if (table.ProjectName is not null || table.Subject == "project")
        {
            sheet.Set(row, 1, Label(SheetLabels.ProjectName));
            Span(sheet, row, 2, Columns, Text(table.ProjectName));
            row++;
        }
        sheet.Set(row, 1, Label(SheetLabels.SupervisingDepartment));
        Span(sheet, row, 2, 5, Text(table.SupervisingDepartment));
        sheet.Set(row, 6, Label(SheetLabels.ImplementingUnit));
        Span(sheet, row, 7, Columns, Text(table.ImplementingUnit));
        row++;

        row = WriteFunds(sheet, table, row);
        row = WriteGoal(sheet, table, row);
        WriteIndicators(sheet, table, row);
        return sheet;
    }

    private static int WriteFunds(SheetGrid sheet, IndicatorTable table, int row)
    {
        var funding = table.FundingRows ?? [];
        var unit = new[] { table.BudgetExecution?.InitialBudget, table.BudgetExecution?.FullYearBudget, table.BudgetExecution?.Executed }
            .Concat(funding.SelectMany(f => new[] { f.InitialBudget, f.FullYearBudget, f.Executed }))
            .FirstOrDefault(m => m is not null)?.Unit ?? MoneyUnits.TenThousandYuan;
        Span(sheet, row, 1, 1, Label($"{SheetLabels.Funds}({unit})"), lastRow: row + 1 + funding.Count);
        string[] headers = [SheetLabels.InitialBudget, SheetLabels.FullYearBudget, SheetLabels.Executed, SheetLabels.Weight, SheetLabels.ExecutionRate, SheetLabels.Score];
        for (var i = 0; i < headers.Length; i++) sheet.Set(row, 3 + i, Label(headers[i]));

        var execution = table.BudgetExecution;
        sheet.Set(row + 1, 2, Label(SheetLabels.FundsTotal));
        Put(sheet, row + 1, 3, Amount(execution?.InitialBudget, null));
        Put(sheet, row + 1, 4, Amount(execution?.FullYearBudget, null));
        Put(sheet, row + 1, 5, Amount(execution?.Executed, null));
        Put(sheet, row + 1, 6, Number(execution?.Weight));
        Put(sheet, row + 1, 7, Rate(execution?.ExecutionRate));
        Put(sheet, row + 1, 8, Number(execution?.Score));

        for (var i = 0; i < funding.Count; i++)
        {
            var line = funding[i];
            var at = row + 2 + i;
            var missing = line.Note == SheetLabels.BlankNote ? null : SheetCell.OfText(NotGiven);
            sheet.Set(at, 2, SheetCell.OfText(i == 0 ? $"{SheetLabels.FundingPrefix}：{line.Name}" : line.Name));
            Put(sheet, at, 3, Amount(line.InitialBudget, missing));
            Put(sheet, at, 4, Amount(line.FullYearBudget, missing));
            Put(sheet, at, 5, Amount(line.Executed, missing));
        }
        return row + 2 + funding.Count;
    }

    private static int WriteGoal(SheetGrid sheet, IndicatorTable table, int row)
    {
        Span(sheet, row, 1, 1, Label(SheetLabels.OverallGoal), lastRow: row + 1);
        Span(sheet, row, 2, 5, Label(SheetLabels.GoalPlanned));
        Span(sheet, row, 6, Columns, Label(SheetLabels.GoalActual));
        Span(sheet, row + 1, 2, 5, Text(table.OverallGoalPlanned));
        Span(sheet, row + 1, 6, Columns, Text(table.OverallGoalActual));
        return row + 2;
    }

    private static void WriteIndicators(SheetGrid sheet, IndicatorTable table, int row)
    {
        var indicators = table.Indicators ?? [];
        Span(sheet, row, 1, 1, Label(SheetLabels.Indicators), lastRow: row + indicators.Count);
        string[] headers = [SheetLabels.Level1, SheetLabels.Level2, SheetLabels.Level3, SheetLabels.Target, SheetLabels.Actual, SheetLabels.Weight, SheetLabels.Score, SheetLabels.DeviationReason];
        for (var i = 0; i < headers.Length; i++) sheet.Set(row, 2 + i, Label(headers[i]));

        var first = row + 1;
        for (var i = 0; i < indicators.Count; i++)
        {
            var indicator = indicators[i];
            var at = first + i;
            Put(sheet, at, 4, Text(indicator.Level3));
            Put(sheet, at, 5, Text(indicator.Target?.Text));
            Put(sheet, at, 6, Text(indicator.Actual?.Text));
            Put(sheet, at, 7, Number(indicator.Weight));
            Put(sheet, at, 8, Number(indicator.Score));
            Put(sheet, at, 9, Text(indicator.DeviationReason));
        }
        foreach (var (start, count) in Runs(indicators, i => indicators[i].Level1))
        {
            Span(sheet, first + start, 2, 2, SheetCell.OfText(Level1Heading(table, indicators[start].Level1)), lastRow: first + start + count - 1);
            foreach (var (start2, count2) in Runs(indicators.Skip(start).Take(count).ToList(), i => indicators[start + i].Level2))
                if (indicators[start + start2].Level2 is { } level2)
                    Span(sheet, first + start + start2, 3, 3, SheetCell.OfText(level2), lastRow: first + start + start2 + count2 - 1);
        }

        var total = first + indicators.Count;
        Span(sheet, total, 1, 6, Label(SheetLabels.Total));
        Put(sheet, total, 7, Number(table.TotalWeight));
        Put(sheet, total, 8, Number(table.TotalScore));
    }

    /// <summary>"产出指标(50分)" when the table states the 一级 weight; the name alone otherwise.</summary>
    private static string Level1Heading(IndicatorTable table, string level1) =>
        table.Level1Weights?.FirstOrDefault(w => w.Name == level1)?.Weight is { } weight
            ? $"{level1}({SheetNumbers.Format(SheetNumbers.Normalize(weight))}分)"
            : level1;

    /// <summary>Consecutive runs of equal keys: (start index, length).</summary>
    private static IEnumerable<(int Start, int Count)> Runs<T>(IReadOnlyList<T> items, Func<int, string?> key)
    {
        for (var start = 0; start < items.Count;)
        {
            var end = start + 1;
            while (end < items.Count && key(end) == key(start)) end++;
            yield return (start, end - start);
            start = end;
        }
    }

    private static SheetCell Label(string text) => SheetCell.OfText(text, SheetCellStyle.Header);

    private static SheetCell? Text(string? text) => text is null ? null : SheetCell.OfText(text);

    private static SheetCell? Number(decimal? value) => value is { } v ? SheetCell.OfNumber(v) : null;

    private static SheetCell? Amount(Money? money, SheetCell? missing) =>
        money?.Value is { } v ? SheetCell.OfNumber(v) : money?.Text is { } text ? SheetCell.OfText(text) : missing;

    /// <summary>执行率 as written when the table keeps its text ("100%"), else a percent-formatted number.</summary>
    private static SheetCell? Rate(Quantity? rate) =>
        rate?.Text is { } text ? SheetCell.OfText(text)
        : rate?.Value is { } v ? (rate.Unit == "%" ? SheetCell.OfPercent(v) : SheetCell.OfNumber(v))
        : null;

    private static void Put(SheetGrid sheet, int row, int column, SheetCell? cell)
    {
        if (cell is not null) sheet.Set(row, column, cell);
    }

    /// <summary>A value over columns <paramref name="first"/>..<paramref name="last"/> (and rows to <paramref name="lastRow"/>), merged.</summary>
    private static void Span(SheetGrid sheet, int row, int first, int last, SheetCell? cell, int? lastRow = null)
    {
        Put(sheet, row, first, cell);
        sheet.Merge(CellRange.Of(row, first, lastRow ?? row, last));
    }
}
