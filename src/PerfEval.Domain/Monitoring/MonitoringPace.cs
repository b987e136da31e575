using PerfEval.Domain.Reports;
using PerfEval.Domain.Scoring;

namespace PerfEval.Domain.Monitoring;

/// <summary>A region's execution threshold for one period: cumulative execution below it is a warning (预警).</summary>
public sealed record PeriodThreshold(string Period, DateOnly EndsOn, decimal MinExecutionRate);

/// <summary>Where one period's execution stands against its threshold.</summary>
public sealed record PaceAssessment(decimal? ExecutionRate, decimal? MinExecutionRate, bool BelowThreshold, int AtRiskIndicators);

/// <summary>
/// Execution pace of a monitoring period: 累计执行数 / 全年预算数 × 100, in percent to two places, compared with the
/// region's threshold for the period (thresholds are data per region and year: one province warns below 25/40/60/80 %
/// at the end of April/June/August/October). No threshold, or figures that cannot be compared, is never "below".
/// </summary>
public static class MonitoringPace
{
    public static PaceAssessment Assess(MonitoringDocument document, PeriodThreshold? threshold)
    {
        var budget = document.FullYearBudget.Value is { } b ? MoneyUnits.ToTenThousandYuan(b, document.FullYearBudget.Unit) : null;
        var executed = document.Executed.Value is { } e ? MoneyUnits.ToTenThousandYuan(e, document.Executed.Unit) : null;
        decimal? rate = budget is > 0 && executed is { } x ? Rounding.Round2(x / budget.Value * 100m) : null;
        var below = rate is { } r && threshold is { } t && r < t.MinExecutionRate;
        return new PaceAssessment(rate, threshold?.MinExecutionRate, below, document.Indicators?.Count(i => i.AtRisk == true) ?? 0);
    }
}
