using PerfEval.Domain.Reports;

namespace PerfEval.Domain.Audit.Rules;

/// <summary>The 自评表 执行率 equals 全年执行数 / 全年预算数 at its written precision.</summary>
public sealed class ExecutionRateMatchesFiguresRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = new("PE-IND-005", "执行率与执行数、预算数不符", "Execution rate does not match spending / budget",
        RuleCategories.Rate, Severities.Error, "执行率 = 全年执行数 / 全年预算数 × 100",
        "Interval arithmetic on the written precision of both amounts and the rate", "自评表 heading '执行率(全年执行数/全年预算数)' (domain.md §1.1)");

    public IEnumerable<Finding> Evaluate(ReportDocument document, AuditContext context)
    {
        foreach (var (table, t) in (document.IndicatorTables ?? []).Select((table, t) => (table, t)))
        {
            var row = table.BudgetExecution;
            var p = $"/indicatorTables/{t}/budgetExecution";
            if (row?.ExecutionRate?.Value is not { } stated || Figure.Of(row.Executed, p + "/executed") is not { } executed
                || Figure.Of(row.FullYearBudget, p + "/fullYearBudget") is not { Value: > 0 } budget) continue;
            var low = (executed.Value - executed.HalfUnit) / (budget.Value + budget.HalfUnit) * 100m;
            var high = (executed.Value + executed.HalfUnit) / (budget.Value - budget.HalfUnit) * 100m;
            var half = Figure.HalfUnitOf(stated);
            if (stated + half >= low && stated - half <= high) continue;
            var computed = Math.Round(executed.Value / budget.Value * 100m, 2, MidpointRounding.AwayFromZero);
            yield return context.Create(Descriptor, $"执行率陈述为 {stated}%，{executed.Written}/{budget.Written} = {computed}%。",
                $"The execution rate is stated as {stated}% but {executed.Written}/{budget.Written} = {computed}%.",
                [p + "/executionRate/value", executed.Pointer, budget.Pointer], computed, stated);
        }
    }
}
