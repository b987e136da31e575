using PerfEval.Domain.Reports;

namespace PerfEval.Domain.Audit.Rules;

/// <summary>总支出 = 基本支出 + 项目支出 (+ 经营支出), or = 人员 + 公用 + 项目 when 基本支出 is not stated; for every stage.</summary>
public sealed class ExpenditureTotalEqualsPartsRule : IAuditRule, ISumIdentitySource
{
    public RuleDescriptor Descriptor { get; } = new("PE-ID-001", "支出合计与分项不符", "Expenditure total differs from its parts",
        RuleCategories.Identity, Severities.Error,
        "总支出 = 基本支出 + 项目支出 + 经营支出 (基本支出 absent: 人员经费 + 公用经费 + 项目支出); 预算, 全年预算, 决算, 一般公共预算 each",
        "Each operand ± half a unit of its last written digit (amounts written without decimals are exact)", "GovBudgetChecker identity rules; 部门决算 表 structure (部门决算 三公 reporting rules)");

    public IEnumerable<Finding> Evaluate(ReportDocument document, AuditContext context) =>
        SumIdentityCheck.Evaluate(this, Identities(document), context);

    public IEnumerable<SumIdentity> Identities(ReportDocument document)
    {
        foreach (var (stage, pointer, nameZh) in Stages.Of(document))
        {
            var e = stage?.Expenditure;
            if (e?.Total is null) continue;
            var p = pointer + "/expenditure";
            if (e.Basic is not null)
                yield return new SumIdentity($"{nameZh}支出", $"{nameZh} expenditure", e.Total, p + "/total",
                    [(e.Basic, p + "/basic"), (e.Project, p + "/project"), (e.Operating, p + "/operating")]);
            else if (e.Personnel is not null && e.PublicFunds is not null && e.Project is not null)
                yield return new SumIdentity($"{nameZh}支出", $"{nameZh} expenditure", e.Total, p + "/total",
                    [(e.Personnel, p + "/personnel"), (e.PublicFunds, p + "/publicFunds"), (e.Project, p + "/project"), (e.Operating, p + "/operating")], 3);
        }
    }
}

internal static class Stages
{
    public static IEnumerable<(BudgetStatement? Stage, string Pointer, string NameZh)> Of(ReportDocument d)
    {
        yield return (d.Finance?.Budget, "/finance/budget", "年初预算");
        yield return (d.Finance?.FullYearBudget, "/finance/fullYearBudget", "全年预算");
        yield return (d.Finance?.Final, "/finance/final", "决算");
        yield return (d.Finance?.GeneralPublicBudget, "/finance/generalPublicBudget", "一般公共预算");
    }
}
