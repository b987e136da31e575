using PerfEval.Domain.Scoring;

namespace PerfEval.Domain.Reports.SelfEvaluationSheets;

/// <summary>What one sheet's reading collects: mappings, errors and the cells it used; and typed reads of cells.</summary>
internal sealed class ReadContext(SheetView view)
{
    private readonly List<CellMapping> _cells = [];
    private readonly List<SheetError> _errors = [];
    private readonly HashSet<CellAddress> _used = [];
    private readonly Dictionary<CellAddress, string> _ignoredReasons = [];

    public SheetView View { get; } = view;
    public IReadOnlyList<CellMapping> Cells => _cells;
    public IReadOnlyList<SheetError> Errors => _errors;

    public void Use(CellAddress address) => _used.Add(address);

    public void Ignore(CellAddress address, string reason) => _ignoredReasons.TryAdd(address, reason);

    public void Map(CellAddress address, string pointer, SheetCell cell)
    {
        _used.Add(address);
        _cells.Add(new CellMapping(View.Name, address, pointer, Value(cell)));
    }

    public void Error(CellAddress? address, string pointer, string message)
    {
        if (address is { } a) _used.Add(a);
        _errors.Add(new SheetError(View.Name, address, pointer, message));
    }

    /// <summary>Cells with content that nothing used, except printed labels (they are the layout, not data).</summary>
    public IReadOnlyList<IgnoredCell> Ignored() =>
        View.OwnCells()
            .Where(c => !_used.Contains(c.Address) && (c.Cell.Number is not null || !SheetLabels.All.Contains(SheetLabels.Header(c.Cell.Text))))
            .Select(c => new IgnoredCell(View.Name, c.Address, Value(c.Cell),
                _ignoredReasons.GetValueOrDefault(c.Address, "Outside the blocks of the 自评表 layout.")))
            .Concat(View.HiddenCells().Select(c => new IgnoredCell(View.Name, c.Address, Value(c.Cell),
                $"Inside merged range {c.Merge}, which shows only its first cell ({c.Merge.First}).")))
            .ToList();

    /// <summary>A text cell trimmed (including ideographic spaces), or a number as a person reads it.</summary>
    public static string Text(SheetCell cell) => cell.Number is not null ? SheetNumbers.Format(Number(cell)) + (cell.IsPercent ? "%" : "") : cell.Text!.Trim();

    /// <summary>The value a mapping reports: the text exactly as in the cell, or the number (a percentage for a percent cell).</summary>
    public static object Value(SheetCell cell) => cell.Number is not null ? Number(cell) : cell.Text!;

    /// <summary>A numeric cell's number; a percentage (0.98 shown as 98%) has no written digits, so none are kept (98, not 98.00).</summary>
    public static decimal Number(SheetCell cell) =>
        cell.IsPercent ? SheetNumbers.Normalize(SheetNumbers.FromStored(cell.Number!.Value)) : SheetNumbers.FromStored(cell.Number!.Value);

    /// <summary>A text field (title, names, 三级指标, 偏差原因): trimmed text; null for an empty or absent cell.</summary>
    public string? ReadText(CellAddress address, string pointer, SheetCell? cell)
    {
        if (cell is null || cell.IsEmpty) return null;
        Map(address, pointer, cell);
        return Text(cell);
    }

    /// <summary>A number field (分值, 得分): a numeric cell, or digits as text ("5", "2.5", "5分"); a dash is nothing.</summary>
    public decimal? ReadDecimal(CellAddress address, string pointer, SheetCell? cell, string label)
    {
        if (SheetNumbers.IsNothing(cell))
        {
            if (cell is not null) Use(address);
            return null;
        }
        Map(address, pointer, cell!);
        if (cell!.Number is not null) return Number(cell);
        if (cell.IsUnrepresentableNumber)
        {
            Error(address, pointer, $"{label} {cell.Text} cannot be represented within the report's digits (15 before and 6 after the decimal point); it is not rounded.");
            return null;
        }
        var text = SheetLabels.RemoveWhitespace(cell.Text!);
        if (text.EndsWith('分')) text = text[..^1];
        if (SheetNumbers.TryParseText(text, out var value)) return value;
        Error(address, pointer, $"{label} '{cell.Text!.Trim()}' is not a number.");
        return null;
    }

    /// <summary>An amount in the unit of the 项目资金 label; a dash or an empty cell states nothing.</summary>
    public Money? ReadMoney(CellAddress address, string pointer, SheetCell? cell, string unit, string label)
    {
        var value = ReadDecimal(address, pointer + "/value", cell, label);
        return value is null ? null : new Money { Value = value, Unit = unit };
    }

    /// <summary>执行率: a percent-formatted number, a number (taken as percent), or text such as "100%" or "≥90%" (kept as written).</summary>
    public Quantity? ReadRate(CellAddress address, string pointer, SheetCell? cell, string label)
    {
        if (SheetNumbers.IsNothing(cell))
        {
            if (cell is not null) Use(address);
            return null;
        }
        Map(address, pointer + "/value", cell!);
        // A number has no written text: a percent-formatted 1 is 100 (%), and so is a plain 100.
        if (cell!.Number is not null) return new Quantity { Value = Number(cell), Unit = "%" };
        var text = cell.Text!.Trim();
        var parsed = TargetParser.Parse(text);
        if (parsed.Parsed && parsed.Unit is null or "%")
            return new Quantity { Value = parsed.Value, Unit = "%", Text = text, Qualifier = Qualifier(parsed.Operator) };
        Error(address, pointer + "/value", $"{label} '{text}' is not a percentage.");
        return null;
    }

    /// <summary>年度指标值 / 实际完成值: the text as written, with the comparison, number and unit the scorer reads from it.</summary>
    public StatedValue? ReadStated(CellAddress address, string pointer, SheetCell? cell)
    {
        if (cell is null || cell.IsEmpty) return null;
        Map(address, pointer + "/text", cell);
        var text = Text(cell);
        var parsed = TargetParser.Parse(text);
        return parsed.Parsed
            ? new StatedValue { Text = text, Operator = parsed.Operator, Value = parsed.Value, Unit = parsed.Unit }
            : new StatedValue { Text = text };
    }

    private static string? Qualifier(string? op) => op switch
    {
        ">=" => Qualifiers.AtLeast,
        "<=" => Qualifiers.AtMost,
        ">" => Qualifiers.MoreThan,
        "<" => Qualifiers.LessThan,
        _ => null,
    };
}
