using PerfEval.Domain.DocumentImport;

namespace PerfEval.Application.Abstractions;

/// <summary>What a report file may hold: the five seed reports have 30–170 paragraphs, 4–8 pages, under 20,000 characters.</summary>
public static class ReportFileLimits
{
    public const int MaxPages = 300;
    public const int MaxParagraphs = 20_000;
    public const int MaxCharacters = 1_000_000;

    /// <summary>Characters of one XML part of a .docx once decompressed (a zip bomb stops here).</summary>
    public const long MaxPartCharacters = 8L * 1024 * 1024;

    public const int MaxArchiveEntries = 1_000;

    /// <summary>Element depth of a .docx part (a real document nests some 12 levels; tables in tables a few more).</summary>
    public const int MaxXmlDepth = 64;

    public const string DocxMediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string PdfMediaType = "application/pdf";
    public const string TextMediaType = "text/plain";
}
