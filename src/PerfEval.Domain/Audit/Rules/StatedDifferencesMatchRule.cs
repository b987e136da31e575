using PerfEval.Domain.Reports;

namespace PerfEval.Domain.Audit.Rules;

/// <summary>A stated difference must equal the difference of the stated figures: 决算 − 预算 (收入, 支出) and 三公 本年 − 上年.</summary>
public sealed class StatedDifferencesMatchRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = new("PE-REC-002", "陈述的增减额与数据不符", "A stated difference does not match the figures",
        RuleCategories.Identity, Severities.Error,
        "较预算增加 = 决算收入(支出) − 年初预算收入(支出); 比上年增减 = 本年三公决算 − 上年三公决算",
        "Each operand ± half a unit of its last written digit (amounts written without decimals are exact)", "预决算差异说明; 三公 增减额 = 本年决算 − 上年决算 (部门决算 三公 reporting rules)");

    public IEnumerable<Finding> Evaluate(ReportDocument d, AuditContext context)
    {
        var checks = new[]
        {
            ("决算收入较预算", "final revenue vs budget", Figure.Of(d.Finance?.BudgetToFinal?.RevenueDifference, "/finance/budgetToFinal/revenueDifference"),
                Figure.Of(d.Finance?.Final?.Revenue?.Total, "/finance/final/revenue/total"), Figure.Of(d.Finance?.Budget?.Revenue?.Total, "/finance/budget/revenue/total")),
            ("决算支出较预算", "final expenditure vs budget", Figure.Of(d.Finance?.BudgetToFinal?.ExpenditureDifference, "/finance/budgetToFinal/expenditureDifference"),
                Figure.Of(d.Finance?.Final?.Expenditure?.Total, "/finance/final/expenditure/total"), Figure.Of(d.Finance?.Budget?.Expenditure?.Total, "/finance/budget/expenditure/total")),
            ("“三公”经费比上年", "三公 vs the prior year", Figure.Of(d.SanGong?.ChangeFromPriorYear, "/sanGong/changeFromPriorYear"),
                Figure.Of(d.SanGong?.Actual?.Total, "/sanGong/actual/total"), Figure.Of(d.SanGong?.PriorYearActual?.Total, "/sanGong/priorYearActual/total")),
        };
        foreach (var (zh, en, stated, minuend, subtrahend) in checks)
        {
            if (stated is null || minuend is null || subtrahend is null) continue;
            var computed = minuend.Value - subtrahend.Value;
            if (Math.Abs(computed - stated.Value) <= stated.HalfUnit + minuend.HalfUnit + subtrahend.HalfUnit) continue;
            yield return context.Create(Descriptor,
                $"{zh}增减额陈述为 {stated.Written}，按数据计算为 {minuend.Written} − {subtrahend.Written} = {AuditContext.N(computed)}万元。",
                $"The stated change in {en} is {stated.Written}; the figures give {minuend.Written} − {subtrahend.Written} = {AuditContext.N(computed)} 万元.",
                [stated.Pointer, minuend.Pointer, subtrahend.Pointer], computed, stated.Value);
        }
    }
}
