using PerfEval.Domain.Declarations;
using PerfEval.Domain.Scoring;

namespace PerfEval.Domain.Monitoring;

/// <summary>One indicator's progress at a period against its declared target, with pointers into both documents.</summary>
public sealed record IndicatorRisk(
    string Level3,
    string Status,
    bool AtRisk,
    string? Target,
    string? Progress,
    decimal? Expected,
    string? MonitoringPointer,
    string? DeclarationPointer);

/// <summary>What <see cref="IndicatorsAtRisk"/> found for an indicator.</summary>
public static class IndicatorRiskStatus
{
    /// <summary>The agency itself expects to miss the target (预计不能完成).</summary>
    public const string Flagged = "flagged";
    /// <summary>Progress below what the declared target expects at this point of the year.</summary>
    public const string Behind = "behind";
    /// <summary>A ceiling (≤) target already exceeded.</summary>
    public const string CeilingExceeded = "ceiling-exceeded";
    public const string OnTrack = "on-track";
    /// <summary>Target or progress not a number, or their units differ: only the agency's own flag counts.</summary>
    public const string NotComparable = "not-comparable";
    /// <summary>Reported but not among the approved declaration's indicators (or there is no approved declaration).</summary>
    public const string Undeclared = "undeclared";
    /// <summary>Declared but the period reports no progress for it.</summary>
    public const string NotReported = "not-reported";
}

/// <summary>
/// Indicators at risk at a monitoring period (目标实现程度 in “双监控”, 中央部门预算绩效运行监控管理暂行办法, 财预〔2019〕136号:
/// progress toward each declared target is compared with where it should stand, and deviations are explained and
/// corrected). Each reported indicator is matched by its 三级指标 name with the approved declaration's indicators, then:
/// <list type="bullet">
/// <item>the agency's own 预计不能完成 flag always counts (<see cref="IndicatorRiskStatus.Flagged"/>);</item>
/// <item>a ceiling target (≤, &lt;) is at risk once progress exceeds it;</item>
/// <item>a rate target (unit %) is a level, not a sum: progress below the target is behind at any period;</item>
/// <item>any other quantity accumulates over the year: expected progress is target × the share of the year elapsed
/// (序时进度, as the provincial monitoring notices measure execution), and progress below it is behind.</item>
/// </list>
/// Target and progress must both be numbers in the same unit; otherwise only the flag counts. Declared indicators the
/// period does not report are listed as not reported and not counted at risk (nothing shows they are behind). Without a
/// declaration (or without the period's end date for cumulative targets) only the agencies' flags count.
/// </summary>
public static class IndicatorsAtRisk
{
    public const string Source =
        "中央部门预算绩效运行监控管理暂行办法 (财预〔2019〕136号): 双监控 of progress toward the declared targets against the time elapsed (序时进度)";

    public static IReadOnlyList<IndicatorRisk> Assess(MonitoringDocument monitoring, DeclarationDocument? declaration, decimal? elapsedShare)
    {
        var declared = Declared(declaration);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<IndicatorRisk>();
        foreach (var (progress, i) in (monitoring.Indicators ?? []).Select((p, i) => (p, i)))
        {
            var key = TargetMatching.Normalize(progress.Level3);
            reported.Add(key);
            var pointer = $"/indicators/{i}";
            if (!declared.TryGetValue(key, out var match))
            {
                list.Add(new(progress.Level3, progress.AtRisk == true ? IndicatorRiskStatus.Flagged : IndicatorRiskStatus.Undeclared, progress.AtRisk == true,
                    null, progress.Progress?.Text, null, pointer, null));
                continue;
            }
            var (status, expected) = Compare(TargetMatching.Value(match.Indicator.Target), TargetMatching.Value(progress.Progress), elapsedShare);
            if (progress.AtRisk == true) status = IndicatorRiskStatus.Flagged;
            list.Add(new(progress.Level3, status, status is IndicatorRiskStatus.Flagged or IndicatorRiskStatus.Behind or IndicatorRiskStatus.CeilingExceeded,
                match.Indicator.Target.Text, progress.Progress?.Text, expected, pointer, match.Pointer + "/target"));
        }
        foreach (var (key, match) in declared.Where(d => !reported.Contains(d.Key)))
            list.Add(new(match.Indicator.Level3, IndicatorRiskStatus.NotReported, false, match.Indicator.Target.Text, null, null, null, match.Pointer + "/target"));
        return list;
    }

    public static int CountAtRisk(IReadOnlyList<IndicatorRisk> indicators) => indicators.Count(i => i.AtRisk);

    private static (string Status, decimal? Expected) Compare(ParsedTarget target, ParsedTarget progress, decimal? share)
    {
        if (target is not { Parsed: true, Value: { } goal } || progress is not { Parsed: true, Value: { } done }) return (IndicatorRiskStatus.NotComparable, null);
        if (target.Unit is { } unit && progress.Unit is { } progressUnit && unit != progressUnit) return (IndicatorRiskStatus.NotComparable, null);
        if (target.IsNegative) return (done > goal ? IndicatorRiskStatus.CeilingExceeded : IndicatorRiskStatus.OnTrack, goal);
        decimal expected;
        if (target.Unit is "%" or "‰") expected = goal;
        else if (share is { } elapsed) expected = Rounding.Round2(goal * elapsed);
        else return (IndicatorRiskStatus.NotComparable, null);
        return (done < expected ? IndicatorRiskStatus.Behind : IndicatorRiskStatus.OnTrack, expected);
    }

    private sealed record DeclaredMatch(DeclaredIndicator Indicator, string Pointer);

    /// <summary>Declared indicators by normalised 三级指标 name; the first set that declares a name wins (sets are listed department first).</summary>
    private static Dictionary<string, DeclaredMatch> Declared(DeclarationDocument? declaration)
    {
        var map = new Dictionary<string, DeclaredMatch>(StringComparer.Ordinal);
        if (declaration is null) return map;
        foreach (var (set, s) in declaration.TargetSets.Select((t, s) => (t, s)))
            foreach (var (indicator, j) in set.Indicators.Select((x, j) => (x, j)))
                map.TryAdd(TargetMatching.Normalize(indicator.Level3), new(indicator, $"/targetSets/{s}/indicators/{j}"));
        return map;
    }
}
