using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Domain.DocumentImport;

namespace PerfEval.Infrastructure.Documents;

/// <summary>Dispatches an uploaded report to the reader of its declared kind and bounds what any of them may return.</summary>
public sealed class ReportFileReader : IReportFileReader
{
    public IReadOnlyList<SourceParagraph> Read(ReportFileKind kind, ReadOnlyMemory<byte> file)
    {
        if (file.IsEmpty) throw new UnreadableDocumentException("The body is empty: send the report file itself.");
        var paragraphs = kind switch
        {
            ReportFileKind.Docx => DocxParagraphReader.Read(file),
            ReportFileKind.Pdf => PdfParagraphReader.Read(file),
            _ => TextParagraphReader.Read(file),
        };
        if (paragraphs.Count > ReportFileLimits.MaxParagraphs)
            throw new RefusedDocumentException($"The report has {paragraphs.Count} paragraphs; at most {ReportFileLimits.MaxParagraphs} are read.");
        if (paragraphs.Sum(p => (long)p.Text.Length) > ReportFileLimits.MaxCharacters)
            throw new RefusedDocumentException($"The report has more than {ReportFileLimits.MaxCharacters} characters of text.");
        return paragraphs;
    }
}
