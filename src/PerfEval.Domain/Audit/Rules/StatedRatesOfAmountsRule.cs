using PerfEval.Domain.Reports;

namespace PerfEval.Domain.Audit.Rules;

/// <summary>Rates the report states next to the amounts they are taken of: 资产使用率, 自评覆盖率 and the “三公”经费
/// 变动率. Where the report does not name the base, each base the definitions allow is tried, and the rate is judged
/// against the first that explains it (else the first available).</summary>
public sealed class StatedRatesOfAmountsRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = new("PE-RATE-002", "陈述的比率与相应金额不符", "A stated rate does not match the amounts it is taken of",
        RuleCategories.Rate, Severities.Error,
        "资产使用率 = 在用固定资产 / 固定资产账面原值 × 100; 自评覆盖率 = 自评涉及资金 / 总支出 (or 项目支出) × 100 (warning: the report does not name the base); “三公”经费变动率 = (本年 − 上年) / 上年 × 100, 决算 (or 预算) totals",
        "Interval arithmetic on the written precision of both amounts. " + RoundingPolicy.Description,
        "固定资产利用率 and “三公经费”变动率 of 财预〔2013〕53号《预算绩效评价共性指标体系框架》 (部门整体支出); 增减率 = 增减额 / 上年决算 × 100 as published 三公 explanations compute it; 衡山 2022 (在用资产1561.69万元, 资产使用率100%) and 海珠 2022 (共涉及资金3622.4万元 = 总支出, 自评覆盖率100%) [SEED]");

    private sealed record Basis(Figure? Part, Figure? Whole, bool Change);

    public IEnumerable<Finding> Evaluate(ReportDocument d, AuditContext context)
    {
        var assets = d.Assets;
        var self = d.SelfEvaluation;
        var expenditure = d.Finance?.Final?.Expenditure;
        var sanGong = d.SanGong;
        var checks = new (string Zh, string En, Quantity? Rate, string Pointer, Basis[] Bases, string Severity)[]
        {
            ("资产使用率", "fixed-asset use rate", assets?.FixedAssetUseRate, "/assets/fixedAssetUseRate",
                [new(Figure.Of(assets?.FixedAssetsInUse, "/assets/fixedAssetsInUse"), Figure.Of(assets?.FixedAssetsOriginalValue, "/assets/fixedAssetsOriginalValue"), false)], Severities.Error),
            ("自评覆盖率", "self-evaluation coverage", self?.Coverage, "/selfEvaluation/coverage",
                [new(Figure.Of(self?.CoveredFunds, "/selfEvaluation/coveredFunds"), Figure.Of(expenditure?.Total, "/finance/final/expenditure/total"), false),
                 new(Figure.Of(self?.CoveredFunds, "/selfEvaluation/coveredFunds"), Figure.Of(expenditure?.Project, "/finance/final/expenditure/project"), false)], Severities.Warning),
            ("“三公”经费变动率", "三公 change rate", sanGong?.ChangeRateFromPriorYear, "/sanGong/changeRateFromPriorYear",
                [new(Figure.Of(sanGong?.Actual?.Total, "/sanGong/actual/total"), Figure.Of(sanGong?.PriorYearActual?.Total, "/sanGong/priorYearActual/total"), true),
                 new(Figure.Of(sanGong?.Budget?.Total, "/sanGong/budget/total"), Figure.Of(sanGong?.PriorYearBudget?.Total, "/sanGong/priorYearBudget/total"), true)], Severities.Error),
        };
        foreach (var (zh, en, rate, pointer, bases, severity) in checks)
            if (Check(zh, en, rate, pointer + "/value", bases, severity, context) is { } finding) yield return finding;
    }

    private Finding? Check(string zh, string en, Quantity? rate, string pointer, Basis[] bases, string severity, AuditContext context)
    {
        if (rate?.Value is not { } stated || rate.Qualifier is not (null or Qualifiers.Exact) || rate.Unit is not (null or "%")) return null;
        var options = bases.Select(b => (Basis: b, Interval: Interval(b))).Where(o => o.Interval is not null).ToList();
        if (options.Count == 0) return null;
        var (basis, interval) = options.FirstOrDefault(o => RoundingPolicy.Rounds(o.Interval!.Value.Low, o.Interval.Value.High, stated), options[0]);
        var (low, high, value) = interval!.Value;
        // A fall is judged on its magnitude, so that cutting off −11.337 to −11.33 counts as truncation like 11.337 → 11.33.
        var match = stated < 0 ? RoundingPolicy.Judge(-high, -low, -stated, context) : RoundingPolicy.Judge(low, high, stated, context);
        if (match == RoundingPolicy.Match.Rounded) return null;

        var computed = Math.Round(value, Math.Max((int)stated.Scale, 2), MidpointRounding.AwayFromZero);
        var formula = basis.Change ? $"({basis.Part!.Written} − {basis.Whole!.Written}) / {basis.Whole.Written}" : $"{basis.Part!.Written} / {basis.Whole!.Written}";
        var messageZh = $"{zh}陈述为 {stated}%，而 {formula} = {computed}%";
        var messageEn = $"The {en} is stated as {stated}% but {formula} = {computed}%.";
        string[] pointers = [pointer, basis.Part.Pointer, basis.Whole.Pointer];
        return match == RoundingPolicy.Match.TruncatedOnly
            ? context.CreateTruncation(Descriptor, messageZh, messageEn, pointers, computed, stated)
            : context.Create(Descriptor, messageZh + "。", messageEn, pointers, computed, stated, severity);
    }

    /// <summary>The rate's possible values; for a change rate (本年 / 上年 − 1) × 100.</summary>
    private static (decimal Low, decimal High, decimal Value)? Interval(Basis basis)
    {
        if (basis.Part is null || basis.Whole is null || PercentInterval.Of(basis.Part, basis.Whole) is not var (low, high, value)) return null;
        if (!basis.Change) return (low, high, value);
        return SafeMath.Subtract(low, 100m) is { } l && SafeMath.Subtract(high, 100m) is { } h && SafeMath.Subtract(value, 100m) is { } v ? (l, h, v) : null;
    }
}
