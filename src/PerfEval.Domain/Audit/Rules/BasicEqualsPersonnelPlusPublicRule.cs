using PerfEval.Domain.Reports;

namespace PerfEval.Domain.Audit.Rules;

/// <summary>基本支出 = 人员经费 + 公用经费.</summary>
public sealed class BasicEqualsPersonnelPlusPublicRule : IAuditRule, ISumIdentitySource
{
    public RuleDescriptor Descriptor { get; } = new("PE-ID-002", "基本支出不等于人员经费与公用经费之和", "Basic expenditure differs from personnel + public funds",
        RuleCategories.Identity, Severities.Error, "基本支出 = 人员经费 + 公用经费 (each stage; restated 基本支出 too)",
        "Each operand ± half a unit of its last written digit (amounts written without decimals are exact)", "GovBudgetChecker: 基本支出 = 人员 + 公用");

    public IEnumerable<Finding> Evaluate(ReportDocument document, AuditContext context) =>
        SumIdentityCheck.Evaluate(this, Identities(document), context);

    public IEnumerable<SumIdentity> Identities(ReportDocument document)
    {
        foreach (var (stage, pointer, nameZh) in Stages.Of(document))
        {
            var e = stage?.Expenditure;
            if (e?.Basic is null || e.Personnel is null || e.PublicFunds is null) continue;
            var p = pointer + "/expenditure";
            yield return new SumIdentity($"{nameZh}基本支出", $"{nameZh} basic expenditure", e.Basic, p + "/basic",
                [(e.Personnel, p + "/personnel"), (e.PublicFunds, p + "/publicFunds")]);
            var index = 0;
            foreach (var restated in e.Basic.Restatements ?? [])
            {
                var money = new Money { Value = restated.Value, Unit = restated.Unit };
                yield return new SumIdentity($"{nameZh}基本支出（{restated.Section}）", $"{nameZh} basic expenditure as restated", money,
                    $"{p}/basic/restatements/{index++}", [(e.Personnel, p + "/personnel"), (e.PublicFunds, p + "/publicFunds")]);
            }
        }
    }
}
