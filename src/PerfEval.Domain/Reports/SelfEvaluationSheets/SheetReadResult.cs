namespace PerfEval.Domain.Reports.SelfEvaluationSheets;

/// <summary>
/// Where a value of the table came from: the cell ("F12" on a sheet) and the JSON pointer it fills, relative to the
/// indicator table ("/indicators/1/actual/text"). <c>Value</c> is the cell's value as read: its text, or its number.
/// </summary>
public sealed record CellMapping(string Sheet, CellAddress Cell, string Pointer, object Value);

/// <summary>
/// A cell that could not be read. <c>Cell</c> is null for a problem of the whole sheet; <c>Pointer</c> is relative to
/// the indicator table ("" for the table itself).
/// </summary>
public sealed record SheetError(string Sheet, CellAddress? Cell, string Pointer, string Message)
{
    /// <summary>"Sheet1!G14: …", or "Sheet1: …" for the whole sheet.</summary>
    public override string ToString() => Cell is { } cell ? $"{Sheet}!{cell}: {Message}" : $"{Sheet}: {Message}";
}

/// <summary>A cell with content that fills nothing in the table (a note under the table, an 执行率 on a 资金来源 row).</summary>
public sealed record IgnoredCell(string Sheet, CellAddress Cell, object Value, string Reason);

/// <summary>
/// What a sheet gave: the table (null when the sheet is not a 自评表, see <see cref="Recognised"/>), where each value
/// came from, what could not be read, and what was left out.
/// </summary>
public sealed record SheetReadResult(
    string Sheet,
    bool Recognised,
    IndicatorTable? Table,
    IReadOnlyList<CellMapping> Cells,
    IReadOnlyList<SheetError> Errors,
    IReadOnlyList<IgnoredCell> Ignored)
{
    public bool Succeeded => Recognised && Table is not null && Errors.Count == 0;
}
