using PerfEval.Domain.Reports;

namespace PerfEval.Domain.Audit.Rules;

/// <summary>Σ listed projects' 执行数 must not exceed 项目支出. Fewer is normal: reports itemise only large projects.</summary>
public sealed class ListedProjectsWithinProjectExpenditureRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = new("PE-ID-009", "所列项目支出之和超过项目支出总额", "Listed projects exceed total project expenditure",
        RuleCategories.Identity, Severities.Error,
        "Σ projects[].executed ≤ 项目支出 (决算, else 一般公共预算, else 项目经费实际支出)",
        "Each operand ± half a unit of its last written digit; a shortfall is not a finding (itemisation thresholds such as '仅对50万元以上的项目资金进行分项说明')",
        "Totals vs parts (GovBudgetChecker); 衡山 2022 itemisation threshold [SEED]");

    public IEnumerable<Finding> Evaluate(ReportDocument document, AuditContext context)
    {
        var total = Figure.Of(document.Finance?.Final?.Expenditure?.Project, "/finance/final/expenditure/project")
            ?? Figure.Of(document.Finance?.GeneralPublicBudget?.Expenditure?.Project, "/finance/generalPublicBudget/expenditure/project")
            ?? Figure.Of(document.ProjectFunds?.ActualExpenditure, "/projectFunds/actualExpenditure");
        var listed = (document.Projects ?? []).Select((p, i) => Figure.Of(p.Executed, $"/projects/{i}/executed")).OfType<Figure>().ToList();
        if (total is null || listed.Count == 0) yield break;
        var sum = listed.Sum(f => f.Value);
        if (sum <= total.Value + total.HalfUnit + listed.Sum(f => f.HalfUnit)) yield break;
        yield return context.Create(Descriptor,
            $"所列项目支出之和 {AuditContext.N(sum)}万元 超过项目支出总额 {total.Written}。",
            $"The listed projects spent {AuditContext.N(sum)} 万元, more than the total project expenditure {total.Written}.",
            [total.Pointer, .. listed.Select(f => f.Pointer)], total.Value, sum);
    }
}
