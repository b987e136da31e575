using PerfEval.Domain.Reports;

namespace PerfEval.Domain.Audit.Rules;

/// <summary>Σ 得分 (执行率 row + indicators) = 总分·得分, and that total equals the stated self-score when both exist.</summary>
public sealed class ScoresAddUpToTotalRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = new("PE-IND-004", "各项得分之和与总分不符", "Scores do not add up to the stated total",
        RuleCategories.IndicatorTable, Severities.Error, "执行率得分 + Σ 指标得分 = 总分·得分 = 自评分", "Exact (scores are points as written)",
        "自评表 总分 = Σ 得分 (财预〔2020〕10号, '总分由各项指标得分汇总形成')");

    public IEnumerable<Finding> Evaluate(ReportDocument document, AuditContext context)
    {
        foreach (var (table, t) in (document.IndicatorTables ?? []).Select((table, t) => (table, t)))
        {
            if (table.TotalScore is not { } total) continue;
            var scores = (table.Indicators ?? []).Select((ind, i) => (ind.Score, Pointer: $"/indicatorTables/{t}/indicators/{i}/score")).Where(s => s.Score is not null).ToList();
            if (table.BudgetExecution?.Score is not null) scores.Insert(0, (table.BudgetExecution.Score, $"/indicatorTables/{t}/budgetExecution/score"));
            if (scores.Count == 0) continue;
            var sum = scores.Sum(s => s.Score!.Value);
            if (sum != total)
                yield return context.Create(Descriptor, $"各项得分合计 {sum}，表中总分 {total}。", $"The scores add up to {sum}; the table's total is {total}.",
                    scores.Select(s => s.Pointer).Prepend($"/indicatorTables/{t}/totalScore"), sum, total);
            if (document.SelfEvaluation?.Score is { } self && self != total && document.IndicatorTables!.Count == 1)
                yield return context.Create(Descriptor, $"自评分 {self} 与自评表总分 {total} 不同。", $"The self-score {self} differs from the table's total {total}.",
                    ["/selfEvaluation/score", $"/indicatorTables/{t}/totalScore"], total, self);
        }
    }
}
