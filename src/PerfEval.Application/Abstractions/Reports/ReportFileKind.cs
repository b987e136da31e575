using PerfEval.Domain.DocumentImport;

namespace PerfEval.Application.Abstractions;

/// <summary>The file kinds a 自评报告 is read from.</summary>
public enum ReportFileKind
{
    Docx,
    Pdf,
    Text,
}
