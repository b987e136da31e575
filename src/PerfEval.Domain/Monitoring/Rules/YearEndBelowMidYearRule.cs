using PerfEval.Domain.Audit;
using PerfEval.Domain.Declarations;

namespace PerfEval.Domain.Monitoring.Rules;

/// <summary>
/// A cumulative count (cases handled, sessions held, people served) cannot shrink during the year: a year-end 实际完成值
/// below the progress the monitoring report stated for the same indicator means one of the two is wrong. Only counts
/// are compared (rates and amounts may fall legitimately), and only when both state a number in the same unit.
/// </summary>
public sealed class YearEndBelowMidYearRule : IMonitoringConsistencyRule
{
    /// <summary>Units of a count that only accumulates through the year (data: extend the list, not the code).</summary>
    public static readonly IReadOnlySet<string> CumulativeCountUnits =
        new HashSet<string>(StringComparer.Ordinal) { "件", "宗", "场", "次", "期", "人", "人次", "名", "户", "个", "家", "项", "份", "篇", "条", "起" };

    public RuleDescriptor Descriptor { get; } = new("PE-MON-001", "年末完成值低于监控期完成值", "A year-end count is below the mid-year figure",
        RuleCategories.Target, Severities.Error,
        "For an indicator in both documents whose unit is a cumulative count: 自评表 实际完成值 < the monitoring report's 截至目前完成值",
        "Exact comparison in the same unit; indicators matched by 三级指标 name after NFKC, without white space and closing punctuation",
        MonitoringConsistencyRules.Source);

    public IEnumerable<MonitoringConsistencyFinding> Evaluate(MonitoringComparison comparison)
    {
        var progress = (comparison.Monitoring.Indicators ?? []).Select((p, i) => (p, i))
            .Where(x => x.p.Progress is { Value: not null, Unit: { } unit } && CumulativeCountUnits.Contains(unit))
            .GroupBy(x => TargetMatching.Normalize(x.p.Level3)).ToDictionary(g => g.Key, g => g.First());
        foreach (var (table, t) in (comparison.Report.IndicatorTables ?? []).Select((x, t) => (x, t)))
            foreach (var (row, r) in (table.Indicators ?? []).Select((x, r) => (x, r)))
            {
                if (row.Level3 is null || row.Actual is not { Value: { } actual, Unit: { } unit }) continue;
                if (!progress.TryGetValue(TargetMatching.Normalize(row.Level3), out var mid) || mid.p.Progress!.Unit != unit || actual >= mid.p.Progress.Value!.Value) continue;
                yield return MonitoringConsistencyRules.Finding(Descriptor, row.Level3, mid.p.Progress.Text, row.Actual.Text,
                    $"“{row.Level3}”年末实际完成值{row.Actual.Text}低于{comparison.Monitoring.Period}监控期已完成的{mid.p.Progress.Text}，累计数不应减少。",
                    $"'{row.Level3}' ends the year at {row.Actual.Text}, below the {mid.p.Progress.Text} the period {comparison.Monitoring.Period} monitoring report stated; a cumulative count cannot shrink.",
                    [$"/indicatorTables/{t}/indicators/{r}/actual"], [$"/indicators/{mid.i}/progress"]);
            }
    }
}
