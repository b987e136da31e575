using PerfEval.Domain.Reports;

namespace PerfEval.Domain.Audit.Rules;

/// <summary>公务用车购置及运行维护费 = 购置费 + 运行维护费.</summary>
public sealed class VehicleEqualsPurchasePlusOperationRule : IAuditRule, ISumIdentitySource
{
    public RuleDescriptor Descriptor { get; } = new("PE-ID-005", "公务用车小计与购置费、运行费之和不符", "Official-vehicle subtotal differs from purchase + operation",
        RuleCategories.Identity, Severities.Error, "公务用车购置及运行(维护)费 = 公务用车购置费 + 公务用车运行(维护)费",
        "Each operand ± half a unit of its last written digit (amounts written without decimals are exact)", "财政拨款“三公”经费支出决算表: 小计 = 购置费 + 运行费 (部门决算 三公 reporting rules)");

    public IEnumerable<Finding> Evaluate(ReportDocument document, AuditContext context) =>
        SumIdentityCheck.Evaluate(this, Identities(document), context);

    public IEnumerable<SumIdentity> Identities(ReportDocument document) =>
        SanGongStages.Of(document.SanGong)
            .Where(s => s.Figures?.Vehicle is not null)
            .Select(s => new SumIdentity($"“三公”{s.NameZh}·公务用车", $"三公 {s.NameZh} vehicles", s.Figures!.Vehicle, s.Pointer + "/vehicle",
                [(s.Figures.VehiclePurchase, s.Pointer + "/vehiclePurchase"), (s.Figures.VehicleOperation, s.Pointer + "/vehicleOperation")]));
}
