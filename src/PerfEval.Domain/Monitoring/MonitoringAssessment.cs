using PerfEval.Domain.Declarations;
using PerfEval.Domain.Reports;
using PerfEval.Domain.Scoring;

namespace PerfEval.Domain.Monitoring;

/// <summary>
/// What the workers derive for one monitoring period: the execution pace against the period's threshold
/// (<see cref="MonitoringPace"/>), the indicators at risk against the approved declaration (<see cref="IndicatorsAtRisk"/>),
/// the forecast year-end 预算执行率 score under the agency's headline profile (<see cref="ExecutionForecast"/>), and,
/// when the year already has a self-evaluation, the PE-MON findings of <see cref="MonitoringConsistencyRules"/> for it.
/// </summary>
public sealed record MonitoringAssessment(
    PaceAssessment Pace,
    IReadOnlyList<IndicatorRisk> Indicators,
    int AtRiskIndicators,
    ExecutionForecastResult Forecast,
    IReadOnlyList<MonitoringConsistencyFinding> Findings)
{
    public static MonitoringAssessment Assess(MonitoringDocument monitoring, PeriodThreshold? threshold, DeclarationDocument? declaration, ReportDocument? report,
        ScoringProfile headline)
    {
        var pace = MonitoringPace.Assess(monitoring, threshold);
        var share = threshold is null ? (decimal?)null : YearElapsed.Share(monitoring.FiscalYear, threshold.EndsOn);
        var indicators = IndicatorsAtRisk.Assess(monitoring, declaration, share);
        var forecast = ExecutionForecast.Forecast(pace.ExecutionRate, monitoring.FiscalYear, threshold?.EndsOn, headline);
        var findings = report is null ? [] : MonitoringConsistencyRules.Run(new MonitoringComparison(report, monitoring, threshold));
        return new(pace, indicators, IndicatorsAtRisk.CountAtRisk(indicators), forecast, findings);
    }
}
