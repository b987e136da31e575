using PerfEval.Domain.Reports;

namespace PerfEval.Domain.Audit.Rules;

/// <summary>0 ≤ 得分 ≤ 分值 for every row of the 自评表, the 执行率 row included ("满分为止"), and 0 ≤ 自评分 ≤ 满分.</summary>
public sealed class ScoreWithinWeightRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = new("PE-IND-003", "指标得分超过分值或为负", "An indicator's score exceeds its weight or is negative",
        RuleCategories.IndicatorTable, Severities.Error, "0 ≤ 得分 ≤ 分值; 0 ≤ 自评分 ≤ 满分 (100 unless stated)", "Exact", "'按完成比例计算得分,满分为止' (财预〔2020〕10号 and published 自评表 instructions)");

    public IEnumerable<Finding> Evaluate(ReportDocument document, AuditContext context)
    {
        foreach (var (table, t) in (document.IndicatorTables ?? []).Select((table, t) => (table, t)))
        {
            var rows = (table.Indicators ?? []).Select((ind, i) => (Name: ind.Level3 ?? ind.Level1, ind.Weight, ind.Score, Pointer: $"/indicatorTables/{t}/indicators/{i}"))
                .Prepend((Name: "预算执行率", table.BudgetExecution?.Weight, table.BudgetExecution?.Score, Pointer: $"/indicatorTables/{t}/budgetExecution"));
            foreach (var row in rows)
            {
                if (row.Score is not { } score || row.Weight is not { } weight || (score >= 0 && score <= weight)) continue;
                yield return context.Create(Descriptor, $"“{row.Name}”得分 {score}，分值 {weight}。", $"'{row.Name}' scores {score} against a weight of {weight}.",
                    [row.Pointer + "/score", row.Pointer + "/weight"], weight, score);
            }
        }
        if (document.SelfEvaluation is { Score: { } self } evaluation && (self < 0 || self > (evaluation.FullMarks ?? 100m)))
        {
            var full = evaluation.FullMarks ?? 100m;
            yield return context.Create(Descriptor, $"自评分 {self}，满分 {full}。", $"The self-score is {self} out of {full}.",
                evaluation.FullMarks is null ? ["/selfEvaluation/score"] : ["/selfEvaluation/score", "/selfEvaluation/fullMarks"], full, self);
        }
    }
}
