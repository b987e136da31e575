using PerfEval.Domain.Reports;

namespace PerfEval.Domain.Audit.Rules;

/// <summary>政府采购支出 = 货物 + 工程 + 服务.</summary>
public sealed class ProcurementTotalEqualsPartsRule : IAuditRule, ISumIdentitySource
{
    public RuleDescriptor Descriptor { get; } = new("PE-ID-006", "政府采购合计与货物、工程、服务之和不符", "Procurement total differs from goods + works + services",
        RuleCategories.Identity, Severities.Error, "政府采购支出 = 货物 + 工程 + 服务",
        "Each operand ± half a unit of its last written digit (amounts written without decimals are exact)", "政府采购情况表 structure");

    public IEnumerable<Finding> Evaluate(ReportDocument document, AuditContext context) =>
        SumIdentityCheck.Evaluate(this, Identities(document), context);

    public IEnumerable<SumIdentity> Identities(ReportDocument document)
    {
        var p = document.Procurement;
        if (p?.Total is null) yield break;
        yield return new SumIdentity("政府采购", "Procurement", p.Total, "/procurement/total",
            [(p.Goods, "/procurement/goods"), (p.Works, "/procurement/works"), (p.Services, "/procurement/services")]);
    }
}
