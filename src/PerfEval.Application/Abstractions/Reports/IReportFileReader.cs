using PerfEval.Domain.DocumentImport;

namespace PerfEval.Application.Abstractions;

/// <summary>
/// Turns an uploaded report file into paragraphs with their numbers (and PDF pages). A file that is not what it is
/// declared to be is <see cref="Common.UnreadableDocumentException"/> (400); one that is readable but cannot be imported
/// (encrypted, macro-enabled, scanned, garbled, over a limit of <see cref="ReportFileLimits"/>) is
/// <see cref="Common.RefusedDocumentException"/> (422). Reading is bounded in time and memory by those limits.
/// </summary>
public interface IReportFileReader
{
    IReadOnlyList<SourceParagraph> Read(ReportFileKind kind, ReadOnlyMemory<byte> file);
}
