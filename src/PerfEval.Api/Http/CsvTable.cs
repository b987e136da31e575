using System.Text;

namespace PerfEval.Api.Http;

/// <summary>
/// A table written as CSV for spreadsheets: RFC 4180 quoting, CRLF line ends, UTF-8 with a byte-order mark so that
/// Excel opens Chinese text correctly. Every CSV route writes through this type, so it is where text cells are
/// neutralised against spreadsheet formula injection (see <see cref="NeutraliseText"/>).
/// </summary>
public sealed record CsvTable(IReadOnlyList<string> Header, IEnumerable<IReadOnlyList<object?>> Rows)
{
    public const string ContentType = "text/csv; charset=utf-8";

    public byte[] ToBytes()
    {
        var text = new StringBuilder();
        AppendLine(text, Header);
        foreach (var row in Rows) AppendLine(text, row);
        return [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static string Line(IReadOnlyList<object?> cells)
    {
        var text = new StringBuilder();
        AppendLine(text, cells);
        return text.ToString();
    }

    private static void AppendLine(StringBuilder text, IReadOnlyList<object?> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0) text.Append(',');
            text.Append(Quote(Format(cells[i])));
        }
        text.Append("\r\n");
    }

    private static string Format(object? value) => value switch
    {
        null => "",
        string text => NeutraliseText(text),
        DateTimeOffset instant => instant.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>
    /// A spreadsheet reads a cell that starts with = + - @ (or tab or CR, which it skips before looking) as a formula,
    /// so such a text is written with a leading apostrophe: the spreadsheet shows it as text and a reader sees the
    /// apostrophe rather than running anything. Only text cells pass here; numbers (a negative amount) are written
    /// as numbers by <see cref="Format"/>.
    /// </summary>
    public static string NeutraliseText(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
