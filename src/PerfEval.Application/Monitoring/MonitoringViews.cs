using System.Text.Json;
using System.Text.RegularExpressions;
using PerfEval.Domain.Monitoring;

namespace PerfEval.Application.Monitoring;

public static partial class MonitoringPeriods
{
    /// <summary>A period's name: 1-20 letters, digits or hyphens ("04", "H1", "2022-06").</summary>
    public static bool IsWellFormed(string? period) => period is not null && Name().IsMatch(period);

    [GeneratedRegex(@"\A[A-Za-z0-9-]{1,20}\z")]
    private static partial Regex Name();
}

/// <summary>A monitoring body as received (exact text, stored as is) and as parsed, once, from that text.</summary>
public sealed record MonitoringBody(string Raw, MonitoringParse Parsed)
{
    public static MonitoringBody From(string raw, JsonElement root) => new(raw, MonitoringParser.Parse(root));
}

/// <summary>One period threshold as sent and served.</summary>
public sealed record PeriodThresholdBody(string Period, DateOnly EndsOn, decimal MinExecutionRate);

/// <summary>A region's thresholds for a year, with the notice they rest on.</summary>
public sealed record MonitoringThresholds(string RegionCode, int FiscalYear, string Source, IReadOnlyList<PeriodThresholdBody> Periods);

/// <summary>A monitoring version: its review status, the document as it was received and the pace assessed against the region's threshold.</summary>
public sealed record MonitoringView(
    string AgencyId,
    int FiscalYear,
    string Period,
    int Version,
    string Status,
    int? ApprovedVersion,
    DateTimeOffset CreatedAt,
    string? CreatedBy,
    decimal? ExecutionRate,
    decimal? MinExecutionRate,
    string? ThresholdRegion,
    bool BelowThreshold,
    int AtRiskIndicators,
    JsonElement Document);

/// <summary>One agency's current period. Where the workers have assessed that version (<see cref="Assessed"/>), the at-risk count
/// is theirs (against the approved declaration) and the forecast year-end 预算执行率 and its score are shown.</summary>
public sealed record MonitoringAgencyRow(string AgencyId, string AgencyName, string RegionCode, string Period, int Version, decimal? ExecutionRate,
    decimal? MinExecutionRate, bool BelowThreshold, int AtRiskIndicators, bool Assessed = false, decimal? ForecastExecutionRate = null, decimal? ForecastScore = null);

/// <summary>How many rows forecast a year-end 预算执行率 in [<see cref="From"/>, <see cref="To"/>) (the top band includes 100 %; a
/// band without bounds counts the rows without a forecast).</summary>
public sealed record ForecastBand(string Band, decimal? From, decimal? To, int Rows);

/// <summary>A region's monitoring summary for a year (and period): who is below the threshold, the pace distribution.</summary>
public sealed record MonitoringSummary(string RegionCode, string RegionName, int FiscalYear, string? Period, int Agencies, int BelowThreshold,
    int AtRiskIndicators, IReadOnlyList<MonitoringAgencyRow> Rows, int AssessedRows = 0, IReadOnlyList<ForecastBand>? ForecastDistribution = null);

/// <summary>The stored detail of a monitoring assessment: each indicator's standing, the forecast and the PE-MON findings.</summary>
public sealed record MonitoringAssessmentDetail(
    IReadOnlyList<IndicatorRisk> Indicators,
    ExecutionForecastResult Forecast,
    IReadOnlyList<MonitoringConsistencyFinding> Findings);

/// <summary>A period's stored assessment as served: pace against the threshold, indicators at risk, forecast and findings.</summary>
public sealed record MonitoringAssessmentView(
    string AgencyId,
    int FiscalYear,
    string Period,
    int MonitoringVersion,
    int? DeclarationVersion,
    int? ReportVersion,
    string? ThresholdRegion,
    decimal? ExecutionRate,
    decimal? MinExecutionRate,
    bool BelowThreshold,
    int AtRiskIndicators,
    IReadOnlyList<IndicatorRisk> Indicators,
    ExecutionForecastResult Forecast,
    string RulesetVersion,
    IReadOnlyList<MonitoringConsistencyFinding> Findings,
    DateTimeOffset ComputedAt);
