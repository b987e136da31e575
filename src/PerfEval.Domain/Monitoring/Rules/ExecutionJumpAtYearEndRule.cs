using PerfEval.Domain.Audit;
using PerfEval.Domain.Reports;
using PerfEval.Domain.Scoring;

namespace PerfEval.Domain.Monitoring.Rules;

/// <summary>
/// Budget execution that jumps at year end: after the last monitored period the self-evaluation's 执行率 rose by more
/// than the region's own schedule leaves for the rest of the year. The limit is data, not a constant of this rule: a
/// region that warns below T % at the end of a period expects at most 100 − T points after it (Sichuan's 2025 scheme,
/// 25/40/60/80 % at the end of April/June/August/October, leaves 60 points after June and 20 after October). Without a
/// threshold for the period nothing is judged. Rates are compared in percent; the year-end rate is the one the
/// 自评表 states, else 全年执行数 / 全年预算数.
/// </summary>
public sealed class ExecutionJumpAtYearEndRule : IMonitoringConsistencyRule
{
    public RuleDescriptor Descriptor { get; } = new("PE-MON-002", "预算执行率年末突击", "Budget execution jumps at year end",
        RuleCategories.Plausibility, Severities.Warning,
        "年末执行率 − 监控期执行率 > 100 − 监控期预警线 (the region's threshold of the monitored period)",
        "Two decimal places; no finding without a threshold for the period or without both rates",
        MonitoringConsistencyRules.Source + "; periods and warning lines as the region sets them, e.g. Sichuan 2025: 25/40/60/80 % at the end of April/June/August/October");

    public IEnumerable<MonitoringConsistencyFinding> Evaluate(MonitoringComparison comparison)
    {
        if (comparison.Threshold is not { } threshold) yield break;
        var midYear = MonitoringPace.Assess(comparison.Monitoring, threshold).ExecutionRate;
        if (midYear is null) yield break;
        var allowed = 100m - threshold.MinExecutionRate;
        foreach (var (table, t) in (comparison.Report.IndicatorTables ?? []).Select((x, t) => (x, t)))
        {
            if (YearEndRate(table.BudgetExecution) is not { } yearEnd || yearEnd - midYear.Value <= allowed) continue;
            var jump = Rounding.Round2(yearEnd - midYear.Value);
            yield return MonitoringConsistencyRules.Finding(Descriptor, table.ProjectName ?? table.Title ?? "预算执行率", $"{midYear}%", $"{yearEnd}%",
                $"{comparison.Monitoring.Period}监控期累计执行率{midYear}%，年末执行率{yearEnd}%，其后增加{jump}个百分点，超过按预警线{threshold.MinExecutionRate}%计其后应有的{allowed}个百分点。",
                $"Execution stood at {midYear}% at period {comparison.Monitoring.Period} and {yearEnd}% at year end: {jump} points after it, more than the {allowed} its {threshold.MinExecutionRate}% warning line leaves.",
                [$"/indicatorTables/{t}/budgetExecution"], ["/executed", "/fullYearBudget"]);
        }
    }

    private static decimal? YearEndRate(BudgetExecutionRow? row)
    {
        if (row is null) return null;
        if (row.ExecutionRate is { Value: { } stated }) return stated;
        var budget = row.FullYearBudget?.Value is { } b ? MoneyUnits.ToTenThousandYuan(b, row.FullYearBudget.Unit) : null;
        var executed = row.Executed?.Value is { } e ? MoneyUnits.ToTenThousandYuan(e, row.Executed.Unit) : null;
        return budget is > 0 && executed is { } x ? Rounding.Round2(x / budget.Value * 100m) : null;
    }
}
