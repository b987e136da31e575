using System.Globalization;
using PerfEval.Domain.Audit;

namespace PerfEval.Domain.Declarations.Rules;

/// <summary>The 自评表 gives a declared indicator another 分值 than the declaration: weight moved between indicators
/// changes what the total rewards.</summary>
public sealed class DeclaredWeightMovedRule : ITargetChangeRule
{
    public RuleDescriptor Descriptor { get; } = new("PE-DCL-006", "自评指标分值与申报分值不一致", "The self-evaluation moves a declared indicator's weight",
        RuleCategories.Target, Severities.Warning,
        "Same indicator, both weights stated: stated 分值 ≠ declared 分值",
        "Exact (weights are points as printed)",
        TargetChangeRules.Source);

    public IEnumerable<TargetChangeFinding> Evaluate(TargetComparison comparison)
    {
        foreach (var pair in comparison.Matched)
        {
            if (pair.Declared.Weight is not { } declared || pair.Stated.Weight is not { } stated || declared == stated) continue;
            var d = declared.ToString(CultureInfo.InvariantCulture);
            var s = stated.ToString(CultureInfo.InvariantCulture);
            yield return TargetChangeRules.Finding(Descriptor, pair.Name, d, s,
                $"“{pair.Name}”申报分值 {d}，自评表分值 {s}。", $"'{pair.Name}' was declared with weight {d}; the self-evaluation gives it {s}.",
                [pair.ReportPointer + "/weight"], [pair.DeclarationPointer + "/weight"]);
        }
    }
}
