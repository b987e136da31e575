namespace PerfEval.Application.Abstractions;

/// <summary>The workers' stored assessment of one monitoring period (one row per agency, fiscal year and period), with the
/// detail (indicators, forecast, findings) as JSON and a hash of everything it was computed from.</summary>
public sealed record StoredMonitoringAssessment(
    string AgencyId,
    int FiscalYear,
    string Period,
    int MonitoringVersion,
    int? DeclarationVersion,
    int? ReportVersion,
    string? ThresholdRegion,
    decimal? ExecutionRate,
    decimal? MinExecutionRate,
    int BelowThreshold,
    int AtRiskIndicators,
    decimal? ForecastExecutionRate,
    decimal? ForecastScore,
    string Profile,
    string ProfileVersion,
    string RulesetVersion,
    int FindingCount,
    string InputsHash,
    string ResultJson,
    DateTimeOffset ComputedAt)
{
    private StoredMonitoringAssessment() : this("", 0, "", 0, null, null, null, null, null, 0, 0, null, null, "", "", "", 0, "", "", default) { }
}
