using PerfEval.Domain.Reports;

namespace PerfEval.Domain.Audit.Rules;

/// <summary>收入合计 = 财政拨款 + 事业 + 经营 + 其他 (+ 上年结转), or = 人员 + 公用 + 项目 收入.</summary>
public sealed class RevenueTotalEqualsPartsRule : IAuditRule, ISumIdentitySource
{
    public RuleDescriptor Descriptor { get; } = new("PE-ID-003", "收入合计与分项不符", "Revenue total differs from its parts",
        RuleCategories.Identity, Severities.Error,
        "收入合计 = 财政拨款收入 (or 一般公共预算拨款 + 政府性基金拨款) + 事业收入 + 经营收入 + 其他收入 + 上年结转; or = 人员收入 + 公用经费收入 + 项目经费收入",
        "Each operand ± half a unit of its last written digit (amounts written without decimals are exact)", "部门收支总表 structure; GovBudgetChecker identity rules");

    public IEnumerable<Finding> Evaluate(ReportDocument document, AuditContext context) =>
        SumIdentityCheck.Evaluate(this, Identities(document), context);

    public IEnumerable<SumIdentity> Identities(ReportDocument document)
    {
        foreach (var (stage, pointer, nameZh) in Stages.Of(document))
        {
            var r = stage?.Revenue;
            if (r?.Total is null) continue;
            var p = pointer + "/revenue";
            var appropriation = r.FiscalAppropriation is not null
                ? [(r.FiscalAppropriation, p + "/fiscalAppropriation")]
                : new List<(Money?, string)> { (r.GeneralPublicBudget, p + "/generalPublicBudget"), (r.GovernmentFund, p + "/governmentFund") };
            List<(Money?, string)> bySource = [.. appropriation, (r.BusinessIncome, p + "/businessIncome"), (r.OperatingIncome, p + "/operatingIncome"),
                (r.OtherIncome, p + "/otherIncome"), (r.CarryIn, p + "/carryIn")];
            if (bySource.Count(s => s.Item1?.Value is not null) >= 2)
                yield return new SumIdentity($"{nameZh}收入（按来源）", $"{nameZh} revenue by source", r.Total, p + "/total", bySource);
            if (r.Personnel is not null && r.PublicFunds is not null && r.Project is not null)
                yield return new SumIdentity($"{nameZh}收入（按用途）", $"{nameZh} revenue by purpose", r.Total, p + "/total",
                    [(r.Personnel, p + "/personnel"), (r.PublicFunds, p + "/publicFunds"), (r.Project, p + "/project")], 3);
        }
    }
}
