namespace PerfEval.Application.Abstractions;

/// <summary>One current report version as exported: its head, headline figures and (for NDJSON) the document as sent.</summary>
public sealed record ExportedReport(
    string AgencyId,
    string AgencyName,
    string RegionCode,
    int FiscalYear,
    int Version,
    string Status,
    int ErrorCount,
    int WarningCount,
    int InfoCount,
    string? PublicationStatus,
    decimal? Score,
    string? Grade,
    decimal? SelfScore,
    string? DocumentJson)
{
    private ExportedReport() : this("", "", "", 0, 0, "", 0, 0, 0, null, null, null, null, null) { }
}
