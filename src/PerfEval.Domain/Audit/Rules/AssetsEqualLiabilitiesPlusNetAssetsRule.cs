using PerfEval.Domain.Reports;

namespace PerfEval.Domain.Audit.Rules;

/// <summary>资产总额 = 负债总额 + 净资产.</summary>
public sealed class AssetsEqualLiabilitiesPlusNetAssetsRule : IAuditRule, ISumIdentitySource
{
    public RuleDescriptor Descriptor { get; } = new("PE-ID-007", "资产总额不等于负债与净资产之和", "Total assets differ from liabilities + net assets",
        RuleCategories.Identity, Severities.Error, "资产总额 = 负债总额 + 净资产", "Each operand ± half a unit of its last written digit (amounts written without decimals are exact)",
        "Balance-sheet identity (政府会计制度)");

    public IEnumerable<Finding> Evaluate(ReportDocument document, AuditContext context) =>
        SumIdentityCheck.Evaluate(this, Identities(document), context);

    public IEnumerable<SumIdentity> Identities(ReportDocument document)
    {
        var a = document.Assets;
        if (a?.TotalAssets is null || a.Liabilities is null || a.NetAssets is null) yield break;
        yield return new SumIdentity("资产负债", "Balance sheet", a.TotalAssets, "/assets/totalAssets",
            [(a.Liabilities, "/assets/liabilities"), (a.NetAssets, "/assets/netAssets")]);
    }
}
