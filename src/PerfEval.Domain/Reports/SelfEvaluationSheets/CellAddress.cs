using System.Globalization;
using System.Text;

namespace PerfEval.Domain.Reports.SelfEvaluationSheets;

/// <summary>A cell position, 1-based, written the spreadsheet way ("F12": column F, row 12).</summary>
public readonly record struct CellAddress(int Row, int Column)
{
    /// <summary>Columns beyond XFD (16,384) do not exist in a worksheet.</summary>
    public const int MaxColumn = 16_384;

    public override string ToString() => ColumnName(Column) + Row.ToString(CultureInfo.InvariantCulture);

    /// <summary>1 → A, 26 → Z, 27 → AA.</summary>
    public static string ColumnName(int column)
    {
        if (column is < 1 or > MaxColumn) throw new ArgumentOutOfRangeException(nameof(column), column, "Columns run from 1 (A) to 16384 (XFD).");
        var name = new StringBuilder();
        for (var n = column; n > 0; n = (n - 1) / 26) name.Insert(0, (char)('A' + (n - 1) % 26));
        return name.ToString();
    }

    /// <summary>Parses "F12" (letters then digits, letters in either case); false for anything else.</summary>
    public static bool TryParse(string? text, out CellAddress address)
    {
        address = default;
        if (string.IsNullOrEmpty(text)) return false;
        var i = 0;
        var column = 0;
        while (i < text.Length && char.IsAsciiLetter(text[i]))
        {
            column = column * 26 + (char.ToUpperInvariant(text[i]) - 'A' + 1);
            if (column > MaxColumn) return false;
            i++;
        }
        if (i == 0 || i == text.Length || i > 3) return false;
        if (!int.TryParse(text.AsSpan(i), NumberStyles.None, CultureInfo.InvariantCulture, out var row) || row < 1) return false;
        address = new CellAddress(row, column);
        return true;
    }
}
