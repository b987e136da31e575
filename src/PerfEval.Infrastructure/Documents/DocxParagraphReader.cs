using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Domain.DocumentImport;

namespace PerfEval.Infrastructure.Documents;

/// <summary>
/// A .docx report: the body's paragraphs in reading order, one paragraph per Word paragraph and one per table row.
/// A row is read through an explicit grid, as the workbook reader does: a cell spanning columns (gridSpan) fills each
/// of them and a vertically merged cell (vMerge continue) repeats the cell above, cells joined by tabs. A paragraph in
/// a heading style whose text has no numbering of its own is read as a Markdown heading of that level.
/// </summary>
internal static class DocxParagraphReader
{
    public static IReadOnlyList<SourceParagraph> Read(ReadOnlyMemory<byte> file)
    {
        var bytes = file.ToArray();
        try
        {
            DocxPreflight.Check(bytes);
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = ReportFileLimits.MaxPartCharacters });
            var body = document.MainDocumentPart?.Document?.Body
                ?? throw new UnreadableDocumentException("The archive holds no Word document body (is it another kind of Office file?).");
            var paragraphs = new List<SourceParagraph>();
            foreach (var element in body.ChildElements)
            {
                switch (element)
                {
                    case Paragraph paragraph:
                        paragraphs.Add(new SourceParagraph(paragraphs.Count + 1, null, HeadingMark(paragraph) + TextOf(paragraph)));
                        break;
                    case Table table:
                        foreach (var row in Rows(table)) paragraphs.Add(new SourceParagraph(paragraphs.Count + 1, null, row));
                        break;
                }
                if (paragraphs.Count > ReportFileLimits.MaxParagraphs)
                    throw new RefusedDocumentException($"The document has more than {ReportFileLimits.MaxParagraphs} paragraphs.");
            }
            return paragraphs;
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or IOException or XmlException or FormatException
                                       or InvalidOperationException or ArgumentException or NotSupportedException or KeyNotFoundException or OverflowException)
        {
            throw new UnreadableDocumentException("The body is not a readable .docx document: the archive, its parts or their XML are damaged, or a part is too large.");
        }
    }

    private static string TextOf(OpenXmlElement element)
    {
        var text = new StringBuilder();
        foreach (var node in element.Descendants())
        {
            switch (node)
            {
                case Text t: text.Append(t.Text); break;
                case TabChar: text.Append('\t'); break;
                case Break or CarriageReturn: text.Append(' '); break;
            }
        }
        return text.ToString();
    }

    /// <summary>"## " for a paragraph in style Heading 2 (or 标题 2) whose text does not carry its own numbering.</summary>
    private static string HeadingMark(Paragraph paragraph)
    {
        var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        if (style is null) return "";
        var digits = new string(style.Where(char.IsAsciiDigit).ToArray());
        var isHeading = style.StartsWith("Heading", StringComparison.OrdinalIgnoreCase) || style.Contains("标题", StringComparison.Ordinal) || style.All(char.IsAsciiDigit);
        if (!isHeading || !int.TryParse(digits, out var level) || level is < 1 or > 6) return "";
        var text = TextOf(paragraph);
        return PerfEval.Domain.DocumentImport.Outline.Numbering(text) is null ? new string('#', level) + " " : "";
    }

    private static IEnumerable<string> Rows(Table table)
    {
        var above = new List<string>();
        foreach (var row in table.Elements<TableRow>())
        {
            var cells = new List<string>();
            foreach (var cell in row.Elements<TableCell>())
            {
                var span = cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1;
                var merge = cell.TableCellProperties?.VerticalMerge;
                var continues = merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                var column = cells.Count;
                var text = continues && column < above.Count ? above[column] : TextOf(cell).Trim();
                for (var i = 0; i < Math.Clamp(span, 1, 64); i++) cells.Add(text);
            }
            above = cells;
            yield return string.Join('\t', cells);
        }
    }
}
