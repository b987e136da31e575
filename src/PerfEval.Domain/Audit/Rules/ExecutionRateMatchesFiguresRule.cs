using PerfEval.Domain.Reports;

namespace PerfEval.Domain.Audit.Rules;

/// <summary>The 自评表 执行率 equals 全年执行数 / 全年预算数 at its written precision.</summary>
public sealed class ExecutionRateMatchesFiguresRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = new("PE-IND-005", "执行率与执行数、预算数不符", "Execution rate does not match spending / budget",
        RuleCategories.Rate, Severities.Error, "执行率 = 全年执行数 / 全年预算数 × 100",
        "Interval arithmetic on the written precision of both amounts. " + RoundingPolicy.Description, "自评表 heading '执行率(全年执行数/全年预算数)' (domain.md §1.1)");

    public IEnumerable<Finding> Evaluate(ReportDocument document, AuditContext context)
    {
        foreach (var (table, t) in (document.IndicatorTables ?? []).Select((table, t) => (table, t)))
        {
            var row = table.BudgetExecution;
            var p = $"/indicatorTables/{t}/budgetExecution";
            if (row?.ExecutionRate?.Value is not { } stated || Figure.Of(row.Executed, p + "/executed") is not { } executed
                || Figure.Of(row.FullYearBudget, p + "/fullYearBudget") is not { Value: > 0 } budget) continue;
            if (SafeMath.Add(budget.Value, budget.HalfUnit) is not { } highBudget || SafeMath.Add(executed.Value, executed.HalfUnit) is not { } highExecuted
                || SafeMath.Percent(executed.Value - executed.HalfUnit, highBudget) is not { } low
                || SafeMath.Percent(highExecuted, Math.Max(budget.Value - budget.HalfUnit, 0.0000001m)) is not { } high
                || SafeMath.Percent(executed.Value, budget.Value) is not { } ratio) continue;
            var match = RoundingPolicy.Judge(low, high, stated, context);
            if (match == RoundingPolicy.Match.Rounded) continue;
            var computed = Math.Round(ratio, 2, MidpointRounding.AwayFromZero);
            var zh = $"执行率陈述为 {stated}%，{executed.Written}/{budget.Written} = {computed}%";
            var en = $"The execution rate is stated as {stated}% but {executed.Written}/{budget.Written} = {computed}%.";
            string[] pointers = [p + "/executionRate/value", executed.Pointer, budget.Pointer];
            yield return match == RoundingPolicy.Match.TruncatedOnly
                ? context.CreateTruncation(Descriptor, zh, en, pointers, computed, stated)
                : context.Create(Descriptor, zh + "。", en, pointers, computed, stated);
        }
    }
}
