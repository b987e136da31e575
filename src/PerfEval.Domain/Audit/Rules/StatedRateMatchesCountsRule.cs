using PerfEval.Domain.Reports;

namespace PerfEval.Domain.Audit.Rules;

/// <summary>A stated rate (调解成功率 …) must be its counts' ratio at the precision it is written with.</summary>
public sealed class StatedRateMatchesCountsRule : IAuditRule
{
    /// <summary>Which metric keys form which rates. Data, not code: add a row to cover a new rate.</summary>
    public static readonly IReadOnlyList<(string Rate, string Numerator, string Denominator)> Definitions =
    [
        ("mediationSuccessRate", "mediationSuccess", "mediationCases"),
        ("majorDisputesSuccessRate", "majorDisputesResolved", "majorDisputesScreened"),
        ("majorDisputesSuccessRate", "majorDisputesResolved", "majorDisputesMediated"),
        ("headCourtAppearanceRate", "headCourtAppearances", "adminLitigationHearings"),
        ("legalAidRevisitRate", "legalAidRevisited", "legalAidCases"),
    ];

    public RuleDescriptor Descriptor { get; } = new("PE-RATE-001", "陈述的比率与计数不符", "A stated rate does not match its counts",
        RuleCategories.Rate, Severities.Error,
        "率 = 分子 / 分母 × 100, counts taken from the same section (else the same scope); e.g. 调解成功率 = 调解成功 / 调解案件",
        "Exact counts; the rate is compared after rounding half up to its written decimals (\"98.5%\" → 1 dp). A rate that matches only when truncated is reported as info.",
        "调解成功率 definitions in 司法行政 statistics; domain.md §1.1 (满意度 = 满意人数/有效调查人数)");

    public IEnumerable<Finding> Evaluate(ReportDocument document, AuditContext context)
    {
        var outputs = (document.Outputs ?? []).Select((m, i) => (Metric: m, Pointer: $"/outputs/{i}")).ToList();
        foreach (var (rate, ratePointer) in outputs)
        {
            if (rate.Value is not { } stated || !Exact(rate)) continue;
            foreach (var definition in Definitions.Where(d => d.Rate == rate.Key))
            {
                var numerator = Partner(outputs, rate, definition.Numerator);
                var denominator = Partner(outputs, rate, definition.Denominator);
                if (numerator is null || denominator is null || denominator.Value.Metric.Value is not > 0) continue;
                var ratio = numerator.Value.Metric.Value!.Value / denominator.Value.Metric.Value!.Value * 100m;
                var rounded = Math.Round(ratio, stated.Scale, MidpointRounding.AwayFromZero);
                if (rounded == stated) break;
                var truncated = Math.Truncate(ratio * Figure.Pow10(stated.Scale)) / Figure.Pow10(stated.Scale);
                var severity = truncated == stated ? Severities.Info : Severities.Error;
                var note = truncated == stated ? "（按截尾取值才一致）" : "";
                yield return context.Create(Descriptor,
                    $"{rate.Label ?? rate.Key} 陈述为 {stated}%，按 {numerator.Value.Metric.Value}/{denominator.Value.Metric.Value} 计算为 {Math.Round(ratio, 2, MidpointRounding.AwayFromZero)}%{note}。",
                    $"{rate.Key} is stated as {stated}% but {numerator.Value.Metric.Value}/{denominator.Value.Metric.Value} = {Math.Round(ratio, 2, MidpointRounding.AwayFromZero)}%"
                        + (truncated == stated ? " (it matches only when truncated, not rounded)." : "."),
                    [ratePointer + "/value", numerator.Value.Pointer + "/value", denominator.Value.Pointer + "/value"], rounded, stated, severity);
                break;
            }
        }
    }

    private static (Metric Metric, string Pointer)? Partner(List<(Metric Metric, string Pointer)> outputs, Metric rate, string key)
    {
        var candidates = outputs.Where(o => o.Metric.Key == key && o.Metric.Value is not null && Exact(o.Metric)).ToList();
        var sameSection = candidates.Where(o => o.Metric.Section == rate.Section && o.Metric.Scope == rate.Scope).ToList();
        if (sameSection.Count == 1) return sameSection[0];
        var sameScope = candidates.Where(o => o.Metric.Scope == rate.Scope).ToList();
        return sameScope.Count == 1 ? sameScope[0] : null;
    }

    private static bool Exact(Metric metric) => metric.Qualifier is null or Qualifiers.Exact;
}
