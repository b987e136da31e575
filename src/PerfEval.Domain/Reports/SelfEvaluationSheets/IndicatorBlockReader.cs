using System.Globalization;
using System.Text.RegularExpressions;

namespace PerfEval.Domain.Reports.SelfEvaluationSheets;

/// <summary>
/// The 绩效指标 block: a header row (一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施),
/// indicator rows, and the 总分 row. A merged 一级 or 二级 cell fills every row it covers (a blank, unmerged 一级 cell
/// takes the one above); a row with nothing of its own right of 一级 is not a row; a row with only a 二级 cell is a
/// heading the report left empty ("经济效益指标"). "产出指标(50分)" is 一级指标 产出指标 with weight 50.
/// </summary>
internal static partial class IndicatorBlockReader
{
    private static readonly string[] Headers =
    [
        SheetLabels.Level1, SheetLabels.Level2, SheetLabels.Level3, SheetLabels.Target, SheetLabels.Actual, SheetLabels.Weight,
        SheetLabels.Score, SheetLabels.DeviationReason,
    ];

    public sealed record Block(IReadOnlyList<Indicator> Indicators, IReadOnlyList<Level1Weight>? Weights, decimal? TotalWeight, decimal? TotalScore);

    private sealed record Level1Group(string Name, CellAddress Address, SheetCell Cell)
    {
        public int Indicators { get; set; }
    }

    public static Block Read(ReadContext context, SheetLayout layout, CellAddress header)
    {
        var view = context.View;
        var columns = SheetLayout.HeaderColumns(view, header.Row, Headers);
        var totalRow = layout.NextRowWithAny(header.Row, int.MaxValue, SheetLabels.Total) is var t and < int.MaxValue ? t : (int?)null;
        var end = totalRow ?? view.MaxRow + 1;
        var level1Column = columns[SheetLabels.Level1];
        var contentColumns = columns.Where(c => c.Key != SheetLabels.Level1).Select(c => c.Value).ToList();

        var indicators = new List<Indicator>();
        var weights = new List<Level1Weight>();
        Level1Group? group = null;
        for (var row = SheetLayout.HeaderEnd(view, header.Row, columns.Values) + 1; row < end; row++)
        {
            if (view.Own(row, level1Column) is { } own)
            {
                CloseGroup(context, group, indicators);
                group = OpenGroup(context, new CellAddress(row, level1Column), own, weights);
            }
            if (!contentColumns.Any(c => view.Own(row, c) is not null)) continue;

            var pointer = $"/indicators/{indicators.Count}";
            var level1 = "";
            if (group is null) context.Error(new CellAddress(row, level1Column), pointer + "/level1", "一级指标 is missing: no 一级指标 on this row or above it.");
            else
            {
                context.Map(group.Address, pointer + "/level1", group.Cell);
                level1 = group.Name;
                group.Indicators++;
            }
            indicators.Add(ReadRow(context, columns, row, pointer, level1));
        }
        CloseGroup(context, group, indicators);

        decimal? totalWeight = null, totalScore = null;
        if (totalRow is { } total)
        {
            if (columns.TryGetValue(SheetLabels.Weight, out var wc))
                totalWeight = context.ReadDecimal(new CellAddress(total, wc), "/totalWeight", view.Own(total, wc), SheetLabels.Total + SheetLabels.Weight);
            if (columns.TryGetValue(SheetLabels.Score, out var sc))
                totalScore = context.ReadDecimal(new CellAddress(total, sc), "/totalScore", view.Own(total, sc), SheetLabels.Total + SheetLabels.Score);
        }
        return new Block(indicators, weights.Count == 0 ? null : weights, totalWeight, totalScore);
    }

    private static Indicator ReadRow(ReadContext context, IReadOnlyDictionary<string, int> columns, int row, string pointer, string level1)
    {
        var view = context.View;
        (SheetCell Cell, CellAddress Source)? Shown(string header, bool acrossRows) =>
            columns.TryGetValue(header, out var c) ? view.Shown(row, c, acrossRows) : null;
        string? Text(string header, string field) =>
            Shown(header, acrossRows: true) is { } shown ? context.ReadText(shown.Source, pointer + field, shown.Cell) : null;
        StatedValue? Stated(string header, string field) =>
            Shown(header, acrossRows: true) is { } shown ? context.ReadStated(shown.Source, pointer + field, shown.Cell) : null;
        decimal? Number(string header, string field) =>
            columns.TryGetValue(header, out var c) ? context.ReadDecimal(new CellAddress(row, c), pointer + field, view.Own(row, c), header) : null;

        return new Indicator
        {
            Level1 = level1,
            Level2 = Text(SheetLabels.Level2, "/level2") is { } level2 ? SheetLabels.RemoveWhitespace(level2) : null,
            Level3 = Text(SheetLabels.Level3, "/level3"),
            Target = Stated(SheetLabels.Target, "/target"),
            Actual = Stated(SheetLabels.Actual, "/actual"),
            // A number merged over several rows would be counted once per row: numbers are read from their own cell only.
            Weight = Number(SheetLabels.Weight, "/weight"),
            Score = Number(SheetLabels.Score, "/score"),
            DeviationReason = Text(SheetLabels.DeviationReason, "/deviationReason"),
        };
    }

    private static Level1Group OpenGroup(ReadContext context, CellAddress address, SheetCell cell, List<Level1Weight> weights)
    {
        var text = SheetLabels.RemoveWhitespace(ReadContext.Text(cell));
        var match = WeightedHeading().Match(text);
        if (!match.Success) return new Level1Group(text, address, cell);

        var name = match.Groups["name"].Value;
        var inner = match.Groups["inner"].Value;
        var pointer = $"/level1Weights/{weights.Count}";
        if (!decimal.TryParse(inner.TrimEnd('分'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var weight))
        {
            if (!inner.EndsWith('分')) return new Level1Group(text, address, cell);
            context.Error(address, pointer + "/weight", $"The weight in 一级指标 '{text}' is not a number.");
            return new Level1Group(name, address, cell);
        }
        if (!weights.Any(w => w.Name == name && w.Weight == weight))
        {
            context.Map(address, pointer + "/name", cell);
            context.Map(address, pointer + "/weight", cell);
            weights.Add(new Level1Weight { Name = name, Weight = weight });
        }
        return new Level1Group(name, address, cell);
    }

    /// <summary>A 一级指标 with no indicator rows is still part of the table: one row with only its name.</summary>
    private static void CloseGroup(ReadContext context, Level1Group? group, List<Indicator> indicators)
    {
        if (group is null || group.Indicators > 0) return;
        context.Map(group.Address, $"/indicators/{indicators.Count}/level1", group.Cell);
        indicators.Add(new Indicator { Level1 = group.Name });
    }

    /// <summary>"产出指标(50分)", "满意度指标（10分）" (whitespace already removed).</summary>
    [GeneratedRegex(@"\A(?<name>[^(（]+)[(（](?<inner>[^)）]*)[)）]\z")]
    private static partial Regex WeightedHeading();
}
