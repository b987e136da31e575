using System.Text;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Domain.DocumentImport;

namespace PerfEval.Infrastructure.Documents;

/// <summary>A text/plain report: strict UTF-8 (a byte order mark is dropped), one paragraph per line.</summary>
internal static class TextParagraphReader
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IReadOnlyList<SourceParagraph> Read(ReadOnlyMemory<byte> file)
    {
        string text;
        try
        {
            text = Strict.GetString(file.Span);
        }
        catch (DecoderFallbackException)
        {
            throw new UnreadableDocumentException("The text is not UTF-8 (a GBK or GB 18030 file must be saved as UTF-8 first).");
        }
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        if (text.Length > ReportFileLimits.MaxCharacters)
            throw new RefusedDocumentException($"The report has more than {ReportFileLimits.MaxCharacters} characters of text.");
        if (text.Any(c => c < ' ' && c is not ('\n' or '\r' or '\t')))
            throw new UnreadableDocumentException("The body holds control characters: it is not a text file.");
        var lines = text.Split('\n');
        if (lines.Length > ReportFileLimits.MaxParagraphs)
            throw new RefusedDocumentException($"The report has {lines.Length} lines; at most {ReportFileLimits.MaxParagraphs} are read.");
        return lines.Select((line, i) => new SourceParagraph(i + 1, null, line.TrimEnd('\r'))).ToList();
    }
}
