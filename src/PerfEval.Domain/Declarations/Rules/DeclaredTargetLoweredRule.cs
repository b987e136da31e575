using PerfEval.Domain.Audit;

namespace PerfEval.Domain.Declarations.Rules;

/// <summary>
/// The 自评表 states an easier 指标值 than the approved declaration: a lower number for a positive target (≥, &gt;, =),
/// a higher one for a negative target (≤, &lt;), in the same unit and direction. Meeting a lowered target inflates the
/// self-score: the commonest way the self-evaluation's own figures hide a miss.
/// </summary>
public sealed class DeclaredTargetLoweredRule : ITargetChangeRule
{
    public RuleDescriptor Descriptor { get; } = new("PE-DCL-001", "自评指标值低于申报指标值", "The self-evaluation lowers a declared target",
        RuleCategories.Target, Severities.Error,
        "Same indicator, same unit and direction: positive target stated < declared, or negative target stated > declared",
        "Exact; only numbers both sides state or parse (\"≥90%\", \"6场\"); different units or directions are PE-DCL-003",
        TargetChangeRules.Source);

    public IEnumerable<TargetChangeFinding> Evaluate(TargetComparison comparison)
    {
        foreach (var pair in comparison.Matched)
        {
            var declared = TargetMatching.Value(pair.Declared.Target);
            var stated = TargetMatching.Value(pair.Stated.Target);
            if (!TargetDirections.Comparable(declared, stated)) continue;
            var lowered = declared.IsNegative ? stated.Value > declared.Value : stated.Value < declared.Value;
            if (!lowered) continue;
            yield return TargetChangeRules.Finding(Descriptor, pair.Name, pair.Declared.Target.Text, pair.Stated.Target?.Text,
                $"“{pair.Name}”申报指标值为“{pair.Declared.Target.Text}”，自评表改为“{pair.Stated.Target?.Text}”，目标被调低。",
                $"'{pair.Name}' was declared as '{pair.Declared.Target.Text}' but the self-evaluation states '{pair.Stated.Target?.Text}': an easier target.",
                [pair.ReportPointer + "/target"], [pair.DeclarationPointer + "/target"]);
        }
    }
}
