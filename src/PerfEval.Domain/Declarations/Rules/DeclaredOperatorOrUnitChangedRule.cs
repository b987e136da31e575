using PerfEval.Domain.Audit;

namespace PerfEval.Domain.Declarations.Rules;

/// <summary>
/// Both targets are numbers, but the 自评表 compares the other way (≤ for a declared ≥) or counts in another unit (件 for
/// 场, 个 for %): the indicator no longer measures what was declared, so its score says nothing about the declared target.
/// </summary>
public sealed class DeclaredOperatorOrUnitChangedRule : ITargetChangeRule
{
    public RuleDescriptor Descriptor { get; } = new("PE-DCL-003", "自评指标比较方向或计量单位与申报不一致", "The self-evaluation changes a declared target's operator or unit",
        RuleCategories.Target, Severities.Warning,
        "Same indicator, both targets numeric: direction (≥ > = vs ≤ <) or unit differs",
        "Units compared after NFKC without white space; a bare number is read as '='",
        TargetChangeRules.Source);

    public IEnumerable<TargetChangeFinding> Evaluate(TargetComparison comparison)
    {
        foreach (var pair in comparison.Matched)
        {
            var declared = TargetMatching.Value(pair.Declared.Target);
            var stated = TargetMatching.Value(pair.Stated.Target);
            if (declared is not { Parsed: true, Value: not null } || stated is not { Parsed: true, Value: not null }) continue;
            if (TargetDirections.Comparable(declared, stated)) continue;
            yield return TargetChangeRules.Finding(Descriptor, pair.Name, pair.Declared.Target.Text, pair.Stated.Target?.Text,
                $"“{pair.Name}”申报为“{pair.Declared.Target.Text}”，自评表为“{pair.Stated.Target?.Text}”，比较方向或计量单位不同。",
                $"'{pair.Name}' was declared as '{pair.Declared.Target.Text}' but the self-evaluation states '{pair.Stated.Target?.Text}': another direction or unit.",
                [pair.ReportPointer + "/target"], [pair.DeclarationPointer + "/target"]);
        }
    }
}
