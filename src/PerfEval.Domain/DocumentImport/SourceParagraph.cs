namespace PerfEval.Domain.DocumentImport;

/// <summary>
/// One paragraph of an uploaded report as its reader found it: <see cref="Number"/> counts paragraphs from 1 in reading
/// order (a Word paragraph or table row, a PDF paragraph, a text line), <see cref="Page"/> is the PDF page it starts on.
/// Character offsets in provenance are offsets into <see cref="Text"/>.
/// </summary>
public sealed record SourceParagraph(int Number, int? Page, string Text);

/// <summary>What the extractor knows before it reads: the agency the caller imports for and the fiscal year of the route.</summary>
public sealed record ImportContext(string AgencyName, string? RegionCode, int FiscalYear);
