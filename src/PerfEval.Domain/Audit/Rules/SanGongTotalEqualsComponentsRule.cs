using PerfEval.Domain.Reports;

namespace PerfEval.Domain.Audit.Rules;

/// <summary>“三公”合计 = 因公出国(境)费 + 公务用车购置及运行维护费 + 公务接待费.</summary>
public sealed class SanGongTotalEqualsComponentsRule : IAuditRule, ISumIdentitySource
{
    public RuleDescriptor Descriptor { get; } = new("PE-ID-004", "“三公”经费合计与三项之和不符", "三公 total differs from its three components",
        RuleCategories.Identity, Severities.Error,
        "合计 = 因公出国(境)费 + 公务用车购置及运行(维护)费 (or 购置费 + 运行费) + 公务接待费; 预算, 决算, 上年 each",
        "Each operand ± half a unit of its last written digit (amounts written without decimals are exact)", "财政拨款“三公”经费支出决算表 (部门决算 三公 reporting rules); GovBudgetChecker 三公合计 = 三项之和");

    public IEnumerable<Finding> Evaluate(ReportDocument document, AuditContext context) =>
        SumIdentityCheck.Evaluate(this, Identities(document), context);

    public IEnumerable<SumIdentity> Identities(ReportDocument document)
    {
        foreach (var (figures, pointer, nameZh) in SanGongStages.Of(document.SanGong))
        {
            if (figures?.Total is null) continue;
            List<(Money?, string)> vehicle = figures.Vehicle is not null
                ? [(figures.Vehicle, pointer + "/vehicle")]
                : [(figures.VehiclePurchase, pointer + "/vehiclePurchase"), (figures.VehicleOperation, pointer + "/vehicleOperation")];
            yield return new SumIdentity($"“三公”经费{nameZh}", $"三公 {nameZh}", figures.Total, pointer + "/total",
                [(figures.Abroad, pointer + "/abroad"), .. vehicle, (figures.Reception, pointer + "/reception")]);
        }
    }
}

internal static class SanGongStages
{
    public static IEnumerable<(SanGongFigures? Figures, string Pointer, string NameZh)> Of(SanGong? sanGong)
    {
        yield return (sanGong?.Budget, "/sanGong/budget", "预算数");
        yield return (sanGong?.Actual, "/sanGong/actual", "决算数");
        yield return (sanGong?.PriorYearActual, "/sanGong/priorYearActual", "上年决算数");
        yield return (sanGong?.PriorYearBudget, "/sanGong/priorYearBudget", "上年预算数");
    }
}
