using PerfEval.Domain.Audit;

namespace PerfEval.Domain.Declarations.Rules;

/// <summary>
/// The 自评表 states another 指标值 than the declaration, without making it easier in a way PE-DCL-001 can measure: a
/// higher number, or different words ("有所提升" for "≥95%"). A target may only change through an approved adjustment
/// of the declaration (a new approved version), never in the self-evaluation.
/// </summary>
public sealed class DeclaredTargetChangedRule : ITargetChangeRule
{
    public RuleDescriptor Descriptor { get; } = new("PE-DCL-002", "自评指标值与申报指标值不一致", "The self-evaluation changes a declared target",
        RuleCategories.Target, Severities.Warning,
        "Same indicator: stated 指标值 text differs from the declared one (compared without white space), not lowered (PE-DCL-001) and not another operator or unit (PE-DCL-003)",
        "Text compared after NFKC and without white space; equal numbers written differently (\"6场\" and \"6 场\") are equal",
        TargetChangeRules.Source);

    public IEnumerable<TargetChangeFinding> Evaluate(TargetComparison comparison)
    {
        foreach (var pair in comparison.Matched)
        {
            var declared = TargetMatching.Value(pair.Declared.Target);
            var stated = TargetMatching.Value(pair.Stated.Target);
            if (declared.Parsed && stated.Parsed && !TargetDirections.Comparable(declared, stated)) continue; // PE-DCL-003
            if (TargetDirections.Comparable(declared, stated))
            {
                if (stated.Value == declared.Value) continue;
                if (declared.IsNegative ? stated.Value > declared.Value : stated.Value < declared.Value) continue; // PE-DCL-001
            }
            else if (TargetMatching.Normalize(pair.Declared.Target.Text) == TargetMatching.Normalize(pair.Stated.Target?.Text)) continue;

            yield return TargetChangeRules.Finding(Descriptor, pair.Name, pair.Declared.Target.Text, pair.Stated.Target?.Text,
                $"“{pair.Name}”申报指标值为“{pair.Declared.Target.Text}”，自评表为“{pair.Stated.Target?.Text ?? "（未填）"}”。",
                $"'{pair.Name}' was declared as '{pair.Declared.Target.Text}' but the self-evaluation states '{pair.Stated.Target?.Text ?? "(nothing)"}'.",
                [pair.ReportPointer + "/target"], [pair.DeclarationPointer + "/target"]);
        }
    }
}
