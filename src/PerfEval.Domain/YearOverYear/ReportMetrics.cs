using PerfEval.Domain.Reports;
using PerfEval.Domain.Scoring;

namespace PerfEval.Domain.YearOverYear;

/// <summary>A comparable figure of a report: money in 万元, counts in their unit.</summary>
public sealed record MetricValue(string Key, string Label, string? Unit, decimal Value);

/// <summary>Extracts the figures compared year over year: money lines, 三公 and its parts, staffing, assets, common indicators, outputs.</summary>
public static class ReportMetrics
{
    public static IReadOnlyDictionary<string, MetricValue> Current(ReportDocument d)
    {
        var metrics = new Dictionary<string, MetricValue>(StringComparer.Ordinal);
        Money(metrics, "finance.final.revenue.total", "总收入(决算)", d.Finance?.Final?.Revenue?.Total);
        Money(metrics, "finance.final.expenditure.total", "总支出(决算)", d.Finance?.Final?.Expenditure?.Total);
        Money(metrics, "finance.final.expenditure.basic", "基本支出", d.Finance?.Final?.Expenditure?.Basic);
        Money(metrics, "finance.final.expenditure.personnel", "人员经费", d.Finance?.Final?.Expenditure?.Personnel);
        Money(metrics, "finance.final.expenditure.publicFunds", "公用经费", d.Finance?.Final?.Expenditure?.PublicFunds);
        Money(metrics, "finance.final.expenditure.project", "项目支出", d.Finance?.Final?.Expenditure?.Project);
        Money(metrics, "finance.budget.revenue.total", "年初预算收入", d.Finance?.Budget?.Revenue?.Total);
        Money(metrics, "finance.budget.expenditure.total", "年初预算支出", d.Finance?.Budget?.Expenditure?.Total);
        Money(metrics, "finance.generalPublicBudget.expenditure.total", "一般公共预算支出", d.Finance?.GeneralPublicBudget?.Expenditure?.Total);
        SanGong(metrics, "sanGong.actual", "三公经费决算", d.SanGong?.Actual);
        SanGong(metrics, "sanGong.budget", "三公经费预算", d.SanGong?.Budget);
        Money(metrics, "procurement.total", "政府采购支出", d.Procurement?.Total);
        Money(metrics, "assets.totalAssets", "资产总额", d.Assets?.TotalAssets);
        Money(metrics, "assets.liabilities", "负债总额", d.Assets?.Liabilities);
        Money(metrics, "assets.fixedAssetsOriginalValue", "固定资产原值", d.Assets?.FixedAssetsOriginalValue);
        Count(metrics, "staffing.quotaTotal", "编制数", d.Staffing?.QuotaTotal);
        Count(metrics, "staffing.actualTotal", "实有人数", d.Staffing?.ActualTotal);
        Count(metrics, "staffing.inService", "在职人员", d.Staffing?.InService);
        Count(metrics, "staffing.retired", "退休人员", d.Staffing?.Retired);
        // Every common-indicator formula yields its metric, whichever profiles weigh it.
        foreach (var formula in CommonIndicatorFormulas.All)
        {
            if (formula.Compute(d).Percent is { } percent)
                metrics["indicators." + formula.MetricId] = new MetricValue("indicators." + formula.MetricId, formula.Label, "%", Rounding.Round2(percent));
        }
        foreach (var output in d.Outputs ?? [])
        {
            if (output.Value is not { } value || output.IsTarget == true) continue;
            var key = "outputs." + output.Key + (string.IsNullOrEmpty(output.Scope) ? "" : "@" + output.Scope);
            metrics.TryAdd(key, new MetricValue(key, output.Label ?? output.Key, output.Unit, value));
        }
        return metrics;
    }

    /// <summary>Prior-year figures the report itself states, keyed like <see cref="Current"/>.</summary>
    public static IReadOnlyDictionary<string, MetricValue> StatedPriorYear(ReportDocument d)
    {
        var metrics = new Dictionary<string, MetricValue>(StringComparer.Ordinal);
        SanGong(metrics, "sanGong.actual", "三公经费决算", d.SanGong?.PriorYearActual);
        SanGong(metrics, "sanGong.budget", "三公经费预算", d.SanGong?.PriorYearBudget);
        Money(metrics, "assets.fixedAssetsOriginalValue", "固定资产原值", d.Assets?.FixedAssetsPriorYearEnd);
        return metrics;
    }

    private static void SanGong(Dictionary<string, MetricValue> metrics, string prefix, string label, SanGongFigures? figures)
    {
        Money(metrics, prefix + ".total", label + "合计", figures?.Total);
        Money(metrics, prefix + ".abroad", label + "·因公出国(境)费", figures?.Abroad);
        Money(metrics, prefix + ".vehicle", label + "·公务用车购置及运行维护费", figures?.Vehicle);
        Money(metrics, prefix + ".vehiclePurchase", label + "·公务用车购置费", figures?.VehiclePurchase);
        Money(metrics, prefix + ".vehicleOperation", label + "·公务用车运行维护费", figures?.VehicleOperation);
        Money(metrics, prefix + ".reception", label + "·公务接待费", figures?.Reception);
    }

    private static void Money(Dictionary<string, MetricValue> metrics, string key, string label, Money? money)
    {
        if (money?.Value is { } value && MoneyUnits.ToTenThousandYuan(value, money.Unit) is { } wan)
            metrics[key] = new MetricValue(key, label, MoneyUnits.TenThousandYuan, wan);
    }

    private static void Count(Dictionary<string, MetricValue> metrics, string key, string label, Quantity? quantity)
    {
        if (quantity?.Value is { } value) metrics[key] = new MetricValue(key, label, quantity.Unit ?? "人", value);
    }
}
