namespace PerfEval.Domain.Reports.SelfEvaluationSheets;

/// <summary>
/// One worksheet as values: cells by position, merged ranges, and (for writing) column widths. No spreadsheet library
/// types: the infrastructure converts a workbook to and from a list of these.
/// </summary>
public sealed class SheetGrid(string name)
{
    private readonly Dictionary<CellAddress, SheetCell> _cells = [];
    private readonly List<CellRange> _merges = [];
    private readonly SortedDictionary<int, double> _columnWidths = [];

    public string Name { get; } = name;
    public IReadOnlyDictionary<CellAddress, SheetCell> Cells => _cells;
    public IReadOnlyList<CellRange> Merges => _merges;

    /// <summary>Column widths in characters, by column number (writer only).</summary>
    public IReadOnlyDictionary<int, double> ColumnWidths => _columnWidths;

    public int MaxRow => _cells.Count == 0 ? 0 : Math.Max(_cells.Keys.Max(a => a.Row), _merges.Count == 0 ? 0 : _merges.Max(m => m.Last.Row));
    public int MaxColumn => _cells.Count == 0 ? 0 : Math.Max(_cells.Keys.Max(a => a.Column), _merges.Count == 0 ? 0 : _merges.Max(m => m.Last.Column));

    public SheetCell? this[int row, int column] => _cells.GetValueOrDefault(new CellAddress(row, column));

    public SheetGrid Set(int row, int column, SheetCell cell)
    {
        _cells[new CellAddress(row, column)] = cell;
        return this;
    }

    public SheetGrid Set(string address, SheetCell cell) =>
        CellAddress.TryParse(address, out var a) ? Set(a.Row, a.Column, cell) : throw new ArgumentException($"'{address}' is not a cell address.", nameof(address));

    /// <summary>Merges a range; a single cell is not a merge and is ignored.</summary>
    public SheetGrid Merge(CellRange range)
    {
        if (range.Rows > 1 || range.Columns > 1) _merges.Add(range);
        return this;
    }

    public SheetGrid Merge(string range) =>
        CellRange.TryParse(range, out var r) ? Merge(r) : throw new ArgumentException($"'{range}' is not a cell range.", nameof(range));

    public SheetGrid Width(int column, double characters)
    {
        _columnWidths[column] = characters;
        return this;
    }

    /// <summary>The merged range holding this cell, if any.</summary>
    public CellRange? MergeAt(int row, int column)
    {
        foreach (var merge in _merges)
            if (merge.Contains(row, column)) return merge;
        return null;
    }
}
