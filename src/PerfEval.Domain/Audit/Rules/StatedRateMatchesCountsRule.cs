using PerfEval.Domain.Reports;

namespace PerfEval.Domain.Audit.Rules;

/// <summary>A stated rate (调解成功率 …) must be its counts' ratio: rate × denominator ≈ the stated numerator.</summary>
public sealed class StatedRateMatchesCountsRule : IAuditRule
{
    /// <summary>Which metric keys form which rates. Data, not code: add a row to cover a new rate. A metric that names
    /// its own <see cref="Metric.Numerator"/> and <see cref="Metric.Of"/> needs no row.</summary>
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
        "率 = 分子 / 分母 × 100 (rate × denominator ≈ stated numerator), counts from the same section (else the same scope); pairs from the definitions table (调解成功率 = 调解成功 / 调解案件 …) or the metric's own numerator/of keys",
        "Exact counts; " + RoundingPolicy.Description,
        "调解成功率 definitions in 司法行政 statistics; 财预〔2020〕10号 and published 自评表 instructions (满意度 = 满意人数/有效调查人数)");

    public IEnumerable<Finding> Evaluate(ReportDocument document, AuditContext context)
    {
        var outputs = (document.Outputs ?? []).Select((m, i) => (Metric: m, Pointer: $"/outputs/{i}")).ToList();
        var byKey = outputs.Where(o => o.Metric.Value is not null && Exact(o.Metric)).ToLookup(o => o.Metric.Key);
        foreach (var (rate, ratePointer) in outputs)
        {
            if (rate.Value is not { } stated || !Exact(rate)) continue;
            foreach (var (numeratorKey, denominatorKey, named) in Pairs(rate))
            {
                var numerator = Partner(byKey[numeratorKey], rate, named);
                var denominator = Partner(byKey[denominatorKey], rate, named);
                if (numerator is null || denominator is null || denominator.Value.Metric.Value is not > 0) continue;
                var n = numerator.Value.Metric.Value!.Value;
                var d = denominator.Value.Metric.Value!.Value;
                if (SafeMath.Percent(n, d) is not { } ratio) break;
                var match = RoundingPolicy.Judge(ratio, ratio, stated, context);
                if (match == RoundingPolicy.Match.Rounded) break;
                var shown = Math.Round(ratio, 2, MidpointRounding.AwayFromZero);
                var implied = SafeMath.Multiply(stated, d) is { } product ? Math.Round(product / 100m, 2, MidpointRounding.AwayFromZero) : (decimal?)null;
                var zh = $"{rate.Label ?? rate.Key} 陈述为 {stated}%，按 {n}/{d} 计算为 {shown}%（{stated}% × {d} ≈ {implied}，而陈述的分子为 {n}）";
                var en = $"{rate.Key} is stated as {stated}% but {n}/{d} = {shown}% ({stated}% × {d} ≈ {implied}, the stated numerator is {n}).";
                string[] pointers = [ratePointer + "/value", numerator.Value.Pointer + "/value", denominator.Value.Pointer + "/value"];
                var rounded = Math.Round(ratio, stated.Scale, MidpointRounding.AwayFromZero);
                yield return match == RoundingPolicy.Match.TruncatedOnly
                    ? context.CreateTruncation(Descriptor, zh, en, pointers, rounded, stated)
                    : context.Create(Descriptor, zh + "。", en, pointers, rounded, stated);
                break;
            }
        }
    }

    private static IEnumerable<(string Numerator, string Denominator, bool Named)> Pairs(Metric rate)
    {
        if (rate.Numerator is { } numerator && rate.Of is { } of) yield return (numerator, of, true);
        foreach (var d in Definitions)
            if (d.Rate == rate.Key) yield return (d.Numerator, d.Denominator, false);
    }

    /// <summary>The one count of that key in the rate's section, else in its scope. Counts a rate names itself may
    /// have their own scope ("琶洲"律所 in a share of the district's): then section, else the only such count.</summary>
    private static (Metric Metric, string Pointer)? Partner(IEnumerable<(Metric Metric, string Pointer)> candidates, Metric rate, bool named)
    {
        (Metric, string)? sameSection = null, sameScope = null;
        int sectionCount = 0, scopeCount = 0;
        foreach (var c in candidates)
        {
            if ((!named && c.Metric.Scope != rate.Scope) || (c.Metric.IsTarget ?? false) != (rate.IsTarget ?? false)) continue;
            scopeCount++;
            sameScope = c;
            if (c.Metric.Section == rate.Section) { sectionCount++; sameSection = c; }
        }
        return sectionCount == 1 ? sameSection : scopeCount == 1 ? sameScope : null;
    }

    private static bool Exact(Metric metric) => metric.Qualifier is null or Qualifiers.Exact;
}
