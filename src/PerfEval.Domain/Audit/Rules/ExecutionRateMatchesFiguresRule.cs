using PerfEval.Domain.Reports;

namespace PerfEval.Domain.Audit.Rules;

/// <summary>A stated 执行率 equals 全年执行数 / 全年预算数 at its written precision: the 自评表's 年度资金总额 row and
/// each project that states one.</summary>
public sealed class ExecutionRateMatchesFiguresRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = new("PE-IND-005", "执行率与执行数、预算数不符", "Execution rate does not match spending / budget",
        RuleCategories.Rate, Severities.Error, "执行率 = 全年执行数 / 全年预算数 × 100 (自评表 budgetExecution; projects[]: executed / fullYearBudget)",
        "Interval arithmetic on the written precision of both amounts. " + RoundingPolicy.Description,
        "项目支出绩效自评表 heading '执行率(全年执行数/全年预算数)'; 项目预算执行率 = 实际报销的项目资金 / 项目预算 (the table's instructions)");

    public IEnumerable<Finding> Evaluate(ReportDocument document, AuditContext context)
    {
        var rows = (document.IndicatorTables ?? []).Select((table, t) =>
                (table.BudgetExecution?.ExecutionRate, table.BudgetExecution?.Executed, table.BudgetExecution?.FullYearBudget, Pointer: $"/indicatorTables/{t}/budgetExecution"))
            .Concat((document.Projects ?? []).Select((project, i) => (project.ExecutionRate, project.Executed, project.FullYearBudget, Pointer: $"/projects/{i}")));
        foreach (var (rate, executedMoney, budgetMoney, p) in rows)
        {
            if (rate?.Value is not { } stated || rate.Qualifier is not (null or Qualifiers.Exact) || Figure.Of(executedMoney, p + "/executed") is not { } executed
                || Figure.Of(budgetMoney, p + "/fullYearBudget") is not { } budget || PercentInterval.Of(executed, budget) is not var (low, high, ratio)) continue;
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
