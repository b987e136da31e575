using System.Globalization;
using PerfEval.Domain.Reports;

namespace PerfEval.Domain.Scoring;

/// <summary>The formulas of the common indicators, each returning a percentage or why it cannot be computed.</summary>
public static class CommonIndicatorFormulas
{
    public sealed record Value(decimal? Percent, string Explanation);

    /// <summary>One formula: its id (what a profile's indicator names), the metric it yields year over year (key and
    /// label), the figures it reads ("*" stands for any list index) and the computation.</summary>
    public sealed record Formula(string Id, string MetricId, string Label, IReadOnlyList<string> Inputs, Func<ReportDocument, Value> Compute);

    /// <summary>Every formula, in the order the metrics list them. A formula is added here once, with its inputs.</summary>
    public static IReadOnlyList<Formula> All { get; } =
    [
        new("inServiceOverQuota", "inServiceControlRate", "在职人员控制率", ["/staffing/inService", "/staffing/quotaTotal"],
            d => Ratio(d.Staffing?.InService?.Value, d.Staffing?.QuotaTotal?.Value, "在职人员数", "编制数")),
        new("sanGongChange", "sanGongChangeRate", "“三公经费”变动率",
            ["/sanGong/budget/total", "/sanGong/priorYearBudget/total", "/sanGong/actual/total", "/sanGong/priorYearActual/total"], d => SanGongChange(d.SanGong)),
        new("sanGongActualOverBudget", "sanGongControlRate", "“三公经费”控制率", ["/sanGong/actual/total", "/sanGong/budget/total"],
            d => Ratio(Wan(d.SanGong?.Actual?.Total), Wan(d.SanGong?.Budget?.Total), "三公经费决算数", "三公经费预算数")),
        new("finalOverBudget", "budgetCompletionRate", "预算完成率", ["/finance/final/expenditure/total", "/finance/budget/expenditure/total"],
            d => Ratio(Wan(d.Finance?.Final?.Expenditure?.Total), Wan(d.Finance?.Budget?.Expenditure?.Total), "决算支出", "年初预算支出")),
        new("adjustmentOverBudget", "budgetAdjustmentRate", "预算调整率",
            ["/finance/fullYearBudget/expenditure/total", "/finance/budget/expenditure/total", "/projects/*/initialBudget", "/projects/*/adjustmentIncrease", "/projects/*/adjustmentDecrease"],
            Adjustment),
        new("carryOverOverSpending", "carryOverRate", "结转结余率",
            ["/finance/generalPublicBudget/expenditure/total", "/finance/final/expenditure/total", "/finance/final/expenditure/carryOut", "/projects/*/carryOut"], CarryOver),
        new("publicFundsActualOverBudget", "publicFundsControlRate", "公用经费控制率", ["/finance/final/expenditure/publicFunds", "/finance/budget/expenditure/publicFunds"],
            d => Ratio(Wan(d.Finance?.Final?.Expenditure?.PublicFunds), Wan(d.Finance?.Budget?.Expenditure?.PublicFunds), "公用经费决算数", "公用经费预算数")),
        new("procurementActualOverBudget", "procurementExecutionRate", "政府采购执行率", ["/procurement/total", "/procurement/budget"],
            d => Ratio(Wan(d.Procurement?.Total), Wan(d.Procurement?.Budget), "政府采购支出", "政府采购预算")),
        new("fixedAssetsInUseOverTotal", "fixedAssetUseRate", "固定资产利用率", ["/assets/fixedAssetsInUse", "/assets/fixedAssetsOriginalValue"],
            d => Ratio(Wan(d.Assets?.FixedAssetsInUse), Wan(d.Assets?.FixedAssetsOriginalValue), "在用固定资产", "固定资产原值")),
    ];

    private static readonly Dictionary<string, Formula> ById = All.ToDictionary(f => f.Id, StringComparer.Ordinal);

    public static Formula? Find(string id) => ById.GetValueOrDefault(id);

    public static Value Compute(string formula, ReportDocument d) =>
        Find(formula) is { } known ? known.Compute(d) : new Value(null, $"Unknown formula '{formula}'.");

    private static Value Ratio(decimal? numerator, decimal? denominator, string numeratorName, string denominatorName)
    {
        if (numerator is null || denominator is null) return new Value(null, $"Needs {numeratorName} and {denominatorName}.");
        if (denominator == 0) return new Value(null, $"{denominatorName} is 0: the ratio is undefined.");
        var percent = numerator.Value / denominator.Value * 100m;
        return new Value(percent, $"{numeratorName} {Format(numerator.Value)} / {denominatorName} {Format(denominator.Value)} = {Format(Rounding.Round2(percent))}%.");
    }

    private static Value SanGongChange(SanGong? sanGong)
    {
        // 53号 defines the change on 预算数; the verified local table uses 总额 (决算). Budgets are used when both years have one.
        if (Wan(sanGong?.Budget?.Total) is { } budget && Wan(sanGong?.PriorYearBudget?.Total) is { } priorBudget)
            return Change(budget, priorBudget, "三公经费预算数");
        if (Wan(sanGong?.Actual?.Total) is { } actual && Wan(sanGong?.PriorYearActual?.Total) is { } priorActual)
            return Change(actual, priorActual, "三公经费支出");
        return new Value(null, "Needs this year's and last year's 三公经费 (预算数 or 决算数).");
    }

    private static Value Change(decimal current, decimal previous, string name)
    {
        if (previous == 0) return new Value(null, $"Last year's {name} is 0: the change rate is undefined.");
        var percent = (current - previous) / previous * 100m;
        return new Value(percent, $"({name} {Format(current)} − {Format(previous)}) / {Format(previous)} = {Format(Rounding.Round2(percent))}%.");
    }

    private static Value Adjustment(ReportDocument d)
    {
        if (Wan(d.Finance?.FullYearBudget?.Expenditure?.Total) is { } full && Wan(d.Finance?.Budget?.Expenditure?.Total) is { } initial && initial != 0)
            return Change(full, initial, "预算支出 (全年 vs 年初)");
        var projects = d.Projects?.Where(p => p.InitialBudget?.Value is not null).ToList() ?? [];
        var initialSum = projects.Sum(p => Wan(p.InitialBudget) ?? 0m);
        if (projects.Any(p => p.AdjustmentIncrease is not null || p.AdjustmentDecrease is not null) && initialSum > 0)
        {
            var adjustment = projects.Sum(p => (Wan(p.AdjustmentIncrease) ?? 0m) - (Wan(p.AdjustmentDecrease) ?? 0m));
            var percent = adjustment / initialSum * 100m;
            return new Value(percent, $"项目调增调减合计 {Format(adjustment)} / 项目年初预算 {Format(initialSum)} = {Format(Rounding.Round2(percent))}%.");
        }
        return new Value(null, "Needs 全年预算 and 年初预算, or project adjustments (调增/调减) with their 年初预算.");
    }

    private static Value CarryOver(ReportDocument d)
    {
        var spending = Wan(d.Finance?.GeneralPublicBudget?.Expenditure?.Total) ?? Wan(d.Finance?.Final?.Expenditure?.Total);
        var carry = Wan(d.Finance?.Final?.Expenditure?.CarryOut);
        if (carry is null && d.Projects?.Any(p => p.CarryOut?.Value is not null) == true)
            carry = d.Projects.Sum(p => Wan(p.CarryOut) ?? 0m);
        return Ratio(carry, spending, "结转结余", "一般公共预算支出");
    }

    private static decimal? Wan(Money? money) => money?.Value is { } v ? MoneyUnits.ToTenThousandYuan(v, money.Unit) : null;

    private static string Format(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
