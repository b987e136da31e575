namespace PerfEval.Application.Abstractions;

/// <summary>One immutable version of an agency's monitoring report for a period, with the pace assessed when it was stored.</summary>
public sealed record MonitoringVersionRecord(
    string AgencyId,
    int FiscalYear,
    string Period,
    int Version,
    string DocumentJson,
    string DocumentHash,
    decimal? ExecutionRate,
    decimal? MinExecutionRate,
    string? ThresholdRegion,
    int BelowThreshold,
    int AtRiskIndicators,
    DateTimeOffset CreatedAt,
    string? CreatedBy)
{
    private MonitoringVersionRecord() : this("", 0, "", 0, "", "", null, null, null, 0, 0, default, null) { }
}
