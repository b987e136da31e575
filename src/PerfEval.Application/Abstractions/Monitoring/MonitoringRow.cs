namespace PerfEval.Application.Abstractions;

/// <summary>The current monitoring version of one agency and period, for the region's summary.</summary>
public sealed record MonitoringRow(string AgencyId, string AgencyName, string RegionCode, string Period, int Version, decimal? ExecutionRate,
    decimal? MinExecutionRate, int BelowThreshold, int AtRiskIndicators)
{
    private MonitoringRow() : this("", "", "", "", 0, null, null, 0, 0) { }
}
