namespace PerfEval.Domain.Reports.SelfEvaluationSheets;

/// <summary>A rectangle of cells ("B12:B18"), as a merged range is stored.</summary>
public readonly record struct CellRange(CellAddress First, CellAddress Last)
{
    public int Rows => Last.Row - First.Row + 1;
    public int Columns => Last.Column - First.Column + 1;

    public bool Contains(int row, int column) =>
        row >= First.Row && row <= Last.Row && column >= First.Column && column <= Last.Column;

    public override string ToString() => $"{First}:{Last}";

    public static CellRange Of(int firstRow, int firstColumn, int lastRow, int lastColumn) =>
        new(new CellAddress(firstRow, firstColumn), new CellAddress(lastRow, lastColumn));

    /// <summary>Parses "A1:I1" (or a single "A1"); the corners may come in any order.</summary>
    public static bool TryParse(string? text, out CellRange range)
    {
        range = default;
        if (string.IsNullOrEmpty(text)) return false;
        var parts = text.Split(':');
        if (parts.Length > 2 || !CellAddress.TryParse(parts[0], out var a)) return false;
        var b = a;
        if (parts.Length == 2 && !CellAddress.TryParse(parts[1], out b)) return false;
        range = Of(Math.Min(a.Row, b.Row), Math.Min(a.Column, b.Column), Math.Max(a.Row, b.Row), Math.Max(a.Column, b.Column));
        return true;
    }
}
