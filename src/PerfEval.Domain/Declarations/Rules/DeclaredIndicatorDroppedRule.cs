using PerfEval.Domain.Audit;

namespace PerfEval.Domain.Declarations.Rules;

/// <summary>
/// A declared indicator has no row in the 自评表 (or its whole target set has no table): the self-evaluation is silent
/// on a target it was approved to meet, and its total is rescaled over the indicators that remain.
/// </summary>
public sealed class DeclaredIndicatorDroppedRule : ITargetChangeRule
{
    public RuleDescriptor Descriptor { get; } = new("PE-DCL-004", "申报指标未在自评表中评价", "A declared indicator is missing from the self-evaluation",
        RuleCategories.Target, Severities.Warning,
        "A declared 一级/二级/三级 indicator with no 自评表 row of the same names",
        "Names compared after NFKC, without white space and closing punctuation",
        TargetChangeRules.Source);

    public IEnumerable<TargetChangeFinding> Evaluate(TargetComparison comparison) =>
        comparison.Dropped.Select(d => TargetChangeRules.Finding(Descriptor, d.Declared.Level3, d.Declared.Target.Text, null,
            $"申报指标“{d.Declared.Level1}/{d.Declared.Level2}/{d.Declared.Level3}”（{d.Declared.Target.Text}）未在自评表中评价。",
            $"The declared indicator '{d.Declared.Level3}' ({d.Declared.Target.Text}) has no row in the self-evaluation.",
            [d.ReportPointer], [d.DeclarationPointer]));
}
