namespace PerfEval.Application.Abstractions;

/// <summary>A published report year as the public sees it.</summary>
public sealed record PublishedReportRecord(
    string AgencyId,
    string AgencyName,
    string RegionCode,
    int FiscalYear,
    int Version,
    DateTimeOffset FirstPublishedAt,
    string DocumentJson,
    string RulesetVersion,
    int ErrorCount,
    int WarningCount,
    int InfoCount)
{
    private PublishedReportRecord() : this("", "", "", 0, 0, default, "", "", 0, 0, 0) { }
}
