using System.Globalization;
using PerfEval.Domain.Reports;

namespace PerfEval.Domain.Scoring;

/// <summary>Computes the 部门整体支出 common indicators from a report's own figures (profile kind commonIndicators).</summary>
internal static class CommonIndicatorScorer
{
    public static ScoreResult Score(ReportDocument document, ScoringProfile profile)
    {
        var items = new List<ScoreItem>();
        var insufficient = new List<InsufficientData>();
        foreach (var rule in profile.Indicators)
        {
            var value = CommonIndicatorFormulas.Compute(rule.Formula, document);
            if (value.Percent is not { } percent)
            {
                insufficient.Add(new InsufficientData(rule.Name, value.Explanation));
                continue;
            }
            var score = rule.Scoring switch
            {
                ScoreMethods.Ceiling => Rounding.Round2(Math.Max(0m, rule.Weight - Math.Max(0m, percent - (rule.Threshold ?? 100m)) * (rule.DeductionPerPoint ?? 0m))),
                ScoreMethods.RatioCap => Rounding.Round2(rule.Weight * Math.Min(1m, Math.Max(0m, percent) / 100m)),
                _ => (decimal?)null,
            };
            var caveat = (rule.WeightVerified ? "" : " Weight is a configurable default (not verified).")
                + (rule.ScoringVerified ? "" : " Scoring rule is a configurable default (not verified).");
            items.Add(new ScoreItem(rule.Name, rule.Weight, null, Rounding.Round2(percent).ToString(CultureInfo.InvariantCulture) + "%", rule.Scoring, score, null,
                value.Explanation + caveat, false));
        }

        var total = ScoringEngine.RescaledTotal(items);
        var selfTotal = document.SelfEvaluation?.Score;
        var selfGrade = document.SelfEvaluation?.Grade is { } written ? Grades.Normalise(written, profile.Grades) ?? written : null;
        return new ScoreResult(profile.Id, profile.Version, total, Grades.For(total, profile.Grades), selfTotal, selfGrade,
            total is { } t && selfTotal is { } s ? Rounding.Round2(t - s) : null, items, insufficient, profile.Notes);
    }
}

/// <summary>The formulas of the common indicators, each returning a percentage or why it cannot be computed.</summary>
internal static class CommonIndicatorFormulas
{
    public sealed record Value(decimal? Percent, string Explanation);

    public static Value Compute(string formula, ReportDocument d) => formula switch
    {
        "inServiceOverQuota" => Ratio(d.Staffing?.InService?.Value, d.Staffing?.QuotaTotal?.Value, "在职人员数", "编制数"),
        "sanGongChange" => SanGongChange(d.SanGong),
        "sanGongActualOverBudget" => Ratio(Wan(d.SanGong?.Actual?.Total), Wan(d.SanGong?.Budget?.Total), "三公经费决算数", "三公经费预算数"),
        "finalOverBudget" => Ratio(Wan(d.Finance?.Final?.Expenditure?.Total), Wan(d.Finance?.Budget?.Expenditure?.Total), "决算支出", "年初预算支出"),
        "adjustmentOverBudget" => Adjustment(d),
        "carryOverOverSpending" => CarryOver(d),
        "publicFundsActualOverBudget" => Ratio(Wan(d.Finance?.Final?.Expenditure?.PublicFunds), Wan(d.Finance?.Budget?.Expenditure?.PublicFunds), "公用经费决算数", "公用经费预算数"),
        "procurementActualOverBudget" => Ratio(Wan(d.Procurement?.Total), Wan(d.Procurement?.Budget), "政府采购支出", "政府采购预算"),
        "fixedAssetsInUseOverTotal" => Ratio(Wan(d.Assets?.FixedAssetsInUse), Wan(d.Assets?.FixedAssetsOriginalValue), "在用固定资产", "固定资产原值"),
        _ => new Value(null, $"Unknown formula '{formula}'."),
    };

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
