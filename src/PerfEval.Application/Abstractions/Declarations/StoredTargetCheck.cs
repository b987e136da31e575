namespace PerfEval.Application.Abstractions;

/// <summary>The check of a report year's current self-evaluation against its approved declaration.</summary>
public sealed record StoredTargetCheck(
    string AgencyId,
    int FiscalYear,
    int ReportVersion,
    int DeclarationVersion,
    string RulesetVersion,
    string FindingsJson,
    int ErrorCount,
    int WarningCount,
    DateTimeOffset ComputedAt)
{
    private StoredTargetCheck() : this("", 0, 0, 0, "", "", 0, 0, default) { }
}
