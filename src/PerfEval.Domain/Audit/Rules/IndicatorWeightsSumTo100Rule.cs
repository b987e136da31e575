using PerfEval.Domain.Reports;

namespace PerfEval.Domain.Audit.Rules;

/// <summary>分值 of the 自评表 (执行率 row + every indicator) add up to 100, and to the stated 总分·分值.</summary>
public sealed class IndicatorWeightsSumTo100Rule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = new("PE-IND-001", "自评表分值合计不等于100", "Indicator-table weights do not add up to 100",
        RuleCategories.IndicatorTable, Severities.Error, "执行率分值 + Σ 指标分值 = 100 = 总分·分值", "Exact (weights are points as written)",
        "财预〔2020〕10号 自评表: 总分100 (财预〔2020〕10号)");

    public IEnumerable<Finding> Evaluate(ReportDocument document, AuditContext context)
    {
        foreach (var (table, t) in (document.IndicatorTables ?? []).Select((table, t) => (table, t)))
        {
            var weights = (table.Indicators ?? []).Select((ind, i) => (ind.Weight, Pointer: $"/indicatorTables/{t}/indicators/{i}/weight")).Where(w => w.Weight is not null).ToList();
            if (weights.Count == 0) continue;
            var sum = weights.Sum(w => w.Weight!.Value) + (table.BudgetExecution?.Weight ?? 0m);
            var expected = table.TotalWeight ?? 100m;
            var pointers = weights.Select(w => w.Pointer).ToList();
            if (table.BudgetExecution?.Weight is not null) pointers.Insert(0, $"/indicatorTables/{t}/budgetExecution/weight");
            if (table.TotalWeight is not null) pointers.Insert(0, $"/indicatorTables/{t}/totalWeight");
            if (sum != expected || expected != 100m)
                yield return context.Create(Descriptor, $"自评表各项分值合计 {sum}，应为 100（表中总分 {table.TotalWeight?.ToString() ?? "未列"}）。",
                    $"The table's weights add up to {sum}; they should add up to 100 (stated total: {table.TotalWeight?.ToString() ?? "none"}).", pointers, 100m, sum);
        }
    }
}
