using System.Text.RegularExpressions;

namespace PerfEval.Domain.DocumentImport;

/// <summary>One cell of a table as the file gives it, with where each piece of its text sits in the source paragraphs.</summary>
public sealed partial class CellText
{
    private readonly List<(SourceParagraph Source, int SourceStart, int CellStart)> parts = [];

    public string Text { get; private set; } = "";

    /// <summary>The text without any whitespace (a converter breaks "项目支出名称" into "项目支" and "出名称").</summary>
    public string Compact => Whitespace().Replace(Text, "");

    /// <summary>The text without surrounding whitespace, ideographic spaces included.</summary>
    public string Trimmed => Text.Trim().Trim('\u3000').Trim();

    public bool IsEmpty => Compact.Length == 0;

    public SourceParagraph Source => parts[0].Source;

    internal static CellText Of(SourceParagraph source, int start, string text)
    {
        var cell = new CellText();
        cell.Append(source, start, text);
        return cell;
    }

    internal void Append(SourceParagraph source, int start, string text)
    {
        parts.Add((source, start, Text.Length));
        Text += text;
    }

    /// <summary>The source paragraph and its offset for an offset into <see cref="Text"/>.</summary>
    public (SourceParagraph Source, int Offset) Locate(int offset)
    {
        var part = parts.Last(p => p.CellStart <= offset);
        return (part.Source, part.SourceStart + offset - part.CellStart);
    }

    [GeneratedRegex(@"[\s\u3000]+")]
    private static partial Regex Whitespace();
}

/// <summary>
/// The cells of a table region, in reading order, from the three shapes a table takes in an uploaded report: a Word row
/// read through its grid (cells joined by tabs, one paragraph per row), a converter's dump with one tab-led line per
/// cell (a line without a tab continues the cell above: the cell's own line breaks), and a PDF's text lines (one line
/// per cell, empty cells gone). The flag returned with them says whether empty cells are in the list, so a value's column
/// can be told by its position.
/// </summary>
public static class TableCells
{
    public static (IReadOnlyList<CellText> Cells, bool EmptiesKept) Read(IEnumerable<SourceParagraph> region)
    {
        var paragraphs = region.ToList();
        var dump = paragraphs.Any(p => p.Text.StartsWith('\t'));
        var rows = paragraphs.Any(p => p.Text.Contains('\t', StringComparison.Ordinal));
        var cells = new List<CellText>();
        foreach (var paragraph in paragraphs)
        {
            var text = paragraph.Text;
            if (text.Contains('\t', StringComparison.Ordinal))
            {
                var start = 0;
                var first = true;
                foreach (var piece in text.Split('\t'))
                {
                    // A dump's line starts with the tab that opens its cell; a Word row's first cell has none.
                    if (!(first && text.StartsWith('\t'))) cells.Add(CellText.Of(paragraph, start, piece));
                    start += piece.Length + 1;
                    first = false;
                }
            }
            else if (text.Trim().Length == 0)
            {
                continue;
            }
            else if (dump && cells.Count > 0)
            {
                cells[^1].Append(paragraph, 0, text);
            }
            else
            {
                cells.Add(CellText.Of(paragraph, 0, text));
            }
        }
        return (cells, rows);
    }
}
