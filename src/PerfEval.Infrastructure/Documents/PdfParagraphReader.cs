using System.Text;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Domain.DocumentImport;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts;
using UglyToad.PdfPig.Exceptions;

namespace PerfEval.Infrastructure.Documents;

/// <summary>
/// A PDF report with a text layer: the letters of each page grouped into lines by baseline, lines joined into paragraphs
/// when the line before runs to the right margin (a wrapped line), across a page break too. Encrypted files, files over
/// <see cref="ReportFileLimits.MaxPages"/> pages, scanned files with no text and garbled text layers (fonts without a
/// Unicode map give private-use or replacement characters) are refused with a detail that says which.
/// </summary>
internal static class PdfParagraphReader
{
    /// <summary>Share of non-space characters that may be unmapped before the text layer is called garbled.</summary>
    private const double GarbledShare = 0.05;

    public static IReadOnlyList<SourceParagraph> Read(ReadOnlyMemory<byte> file)
    {
        var bytes = file.ToArray();
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 1024));
        if (!head.Contains("%PDF-", StringComparison.Ordinal))
            throw new UnreadableDocumentException("The body is not a PDF document (it has no %PDF- header).");
        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true, MaxStackDepth = 64 });
            if (document.IsEncrypted)
                throw new RefusedDocumentException("The PDF is encrypted: export it again without a password or permissions.");
            if (document.NumberOfPages > ReportFileLimits.MaxPages)
                throw new RefusedDocumentException($"The PDF has {document.NumberOfPages} pages; at most {ReportFileLimits.MaxPages} are read.");
            return Paragraphs(document);
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new RefusedDocumentException("The PDF is encrypted: export it again without a password or permissions.");
        }
        catch (Exception ex) when (ex is PdfDocumentFormatException or PdfDocumentStackDepthException or CorruptCompressedDataException or InvalidFontFormatException or InvalidOperationException or ArgumentException or IndexOutOfRangeException
                                       or NullReferenceException or FormatException or OverflowException or InvalidCastException or KeyNotFoundException
                                       or NotSupportedException or IOException or EndOfStreamException or InvalidDataException)
        {
            throw new UnreadableDocumentException("The body is not a readable PDF document: its structure or streams are damaged.");
        }
    }

    private sealed record Line(int Page, string Text, double Left, double Right);

    private static List<SourceParagraph> Paragraphs(PdfDocument document)
    {
        var lines = new List<Line>();
        long characters = 0, unmapped = 0;
        for (var number = 1; number <= document.NumberOfPages; number++)
        {
            foreach (var line in Lines(number, document.GetPage(number).Letters))
            {
                characters += line.Text.Count(c => !char.IsWhiteSpace(c));
                unmapped += line.Text.Count(IsUnmapped);
                if (characters > ReportFileLimits.MaxCharacters)
                    throw new RefusedDocumentException($"The PDF has more than {ReportFileLimits.MaxCharacters} characters of text.");
                lines.Add(line);
            }
        }
        if (characters == 0)
            throw new RefusedDocumentException("Scanned PDF, no text: the pages are images. Export the report from Word as PDF, or send the .docx.");
        if (unmapped > characters * GarbledShare)
            throw new RefusedDocumentException("The PDF's text layer is garbled (its fonts have no Unicode map, so the text reads as mojibake): send the .docx, or a PDF exported with embedded Unicode fonts.");

        var paragraphs = new List<SourceParagraph>();
        var rightMargin = lines.Max(l => l.Right);
        var text = new StringBuilder();
        int? page = null;
        for (var i = 0; i < lines.Count; i++)
        {
            page ??= lines[i].Page;
            text.Append(lines[i].Text);
            var wraps = i + 1 < lines.Count && lines[i].Right >= rightMargin - AverageWidth(lines[i]) * 1.5;
            if (wraps) continue;
            paragraphs.Add(new SourceParagraph(paragraphs.Count + 1, page, text.ToString()));
            text.Clear();
            page = null;
        }
        return paragraphs;
    }

    private static double AverageWidth(Line line) => line.Text.Length == 0 ? 0 : (line.Right - line.Left) / line.Text.Length;

    /// <summary>Letters grouped by baseline (top to bottom), each line left to right, a space where a gap is wider than half a letter.</summary>
    private static IEnumerable<Line> Lines(int page, IReadOnlyList<Letter> letters)
    {
        var byLine = new List<List<Letter>>();
        foreach (var letter in letters.Where(l => !string.IsNullOrEmpty(l.Value)).OrderByDescending(l => l.StartBaseLine.Y).ThenBy(l => l.StartBaseLine.X))
        {
            var line = byLine.Count > 0 ? byLine[^1] : null;
            var tolerance = Math.Max(1.0, letter.PointSize * 0.3);
            if (line is null || Math.Abs(line[0].StartBaseLine.Y - letter.StartBaseLine.Y) > tolerance) byLine.Add([letter]);
            else line.Add(letter);
        }
        foreach (var line in byLine)
        {
            var ordered = line.OrderBy(l => l.StartBaseLine.X).ToList();
            var text = new StringBuilder();
            Letter? previous = null;
            foreach (var letter in ordered)
            {
                if (previous is not null && letter.Value != " " && previous.Value != " "
                    && letter.StartBaseLine.X - previous.EndBaseLine.X > Math.Max(previous.Width, 1) * 0.5)
                    text.Append(' ');
                text.Append(letter.Value);
                previous = letter;
            }
            var trimmed = text.ToString();
            if (trimmed.Trim().Length == 0) continue;
            yield return new Line(page, trimmed, ordered[0].StartBaseLine.X, ordered[^1].EndBaseLine.X);
        }
    }

    private static bool IsUnmapped(char c) => c is '\uFFFD' or (>= '\uE000' and <= '\uF8FF') || (char.IsControl(c) && c is not ('\t' or '\n' or '\r'));
}
