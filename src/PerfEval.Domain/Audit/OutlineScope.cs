using PerfEval.Domain.Reports;

namespace PerfEval.Domain.Audit;

/// <summary>
/// Completeness rules taken from one province's report outline bind only reports filed in that province (by the region
/// code the report states); elsewhere what they miss is worth a look, not a defect.
/// </summary>
public static class OutlineScope
{
    public const string Hunan = "43";

    public static bool Follows(ReportDocument document, string provincePrefix) =>
        document.Agency.RegionCode is { Length: 6 } code && code.StartsWith(provincePrefix, StringComparison.Ordinal);

    /// <summary>The rule's own severity for reports of that province, info for every other report.</summary>
    public static string Severity(ReportDocument document, string provincePrefix, string fullSeverity) =>
        Follows(document, provincePrefix) ? fullSeverity : Severities.Info;
}
