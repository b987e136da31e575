namespace PerfEval.Domain.Reports.SelfEvaluationSheets;

/// <summary>
/// A sheet with its merged ranges resolved: a cell's own value (only the top-left cell of a merge has one) and, for a
/// cell inside a merge, the merge it belongs to. Merges are clipped to the cells in use, so a merge over a whole
/// column costs no more than the rows the sheet has.
/// </summary>
internal sealed class SheetView
{
    /// <summary>Cells covered by merges that a reader will look at; more means overlapping or absurd merges.</summary>
    public const int MaxMergedCells = 300_000;

    private readonly SheetGrid _grid;
    private readonly Dictionary<CellAddress, CellRange> _mergeOf = [];

    private SheetView(SheetGrid grid)
    {
        _grid = grid;
        MaxRow = grid.Cells.Count == 0 ? 0 : grid.Cells.Keys.Max(a => a.Row);
        MaxColumn = grid.Cells.Count == 0 ? 0 : grid.Cells.Keys.Max(a => a.Column);
    }

    public string Name => _grid.Name;
    public int MaxRow { get; }
    public int MaxColumn { get; }

    /// <summary>Null when the merges cover more than <see cref="MaxMergedCells"/> cells of the area in use.</summary>
    public static SheetView? Of(SheetGrid grid)
    {
        var view = new SheetView(grid);
        var budget = MaxMergedCells;
        foreach (var merge in grid.Merges)
        {
            var lastRow = Math.Min(merge.Last.Row, view.MaxRow);
            var lastColumn = Math.Min(merge.Last.Column, view.MaxColumn);
            for (var row = merge.First.Row; row <= lastRow; row++)
                for (var column = merge.First.Column; column <= lastColumn; column++)
                {
                    if (--budget < 0) return null;
                    view._mergeOf.TryAdd(new CellAddress(row, column), merge);
                }
        }
        return view;
    }

    /// <summary>The cell's own content: null when empty or inside a merge that starts elsewhere.</summary>
    public SheetCell? Own(int row, int column)
    {
        if (IsContinuation(row, column)) return null;
        var cell = _grid[row, column];
        return cell is null || cell.IsEmpty ? null : cell;
    }

    /// <summary>True for a cell inside a merged range other than its top-left cell.</summary>
    public bool IsContinuation(int row, int column) =>
        _mergeOf.TryGetValue(new CellAddress(row, column), out var merge) && merge.First != new CellAddress(row, column);

    public CellRange? MergeAt(int row, int column) => _mergeOf.TryGetValue(new CellAddress(row, column), out var merge) ? merge : null;

    /// <summary>
    /// The value shown in a cell, with where it comes from: its own, or the top-left cell of the merge it is in when
    /// <paramref name="acrossRows"/> allows a merge from a row above (a merge from the left never fills a cell).
    /// </summary>
    public (SheetCell Cell, CellAddress Source)? Shown(int row, int column, bool acrossRows)
    {
        if (Own(row, column) is { } own) return (own, new CellAddress(row, column));
        if (!acrossRows || MergeAt(row, column) is not { } merge || merge.First.Column != column) return null;
        return Own(merge.First.Row, merge.First.Column) is { } top ? (top, merge.First) : null;
    }

    /// <summary>Non-empty cells hidden inside a merge that starts elsewhere (a spreadsheet shows only the merge's first cell).</summary>
    public IEnumerable<(CellAddress Address, SheetCell Cell, CellRange Merge)> HiddenCells() =>
        _grid.Cells.Where(c => !c.Value.IsEmpty && IsContinuation(c.Key.Row, c.Key.Column))
            .OrderBy(c => c.Key.Row).ThenBy(c => c.Key.Column)
            .Select(c => (c.Key, c.Value, _mergeOf[c.Key]));

    /// <summary>Every own, non-empty cell in reading order (row by row).</summary>
    public IEnumerable<(CellAddress Address, SheetCell Cell)> OwnCells() =>
        _grid.Cells.Where(c => !c.Value.IsEmpty && !IsContinuation(c.Key.Row, c.Key.Column))
            .OrderBy(c => c.Key.Row).ThenBy(c => c.Key.Column)
            .Select(c => (c.Key, c.Value));
}
