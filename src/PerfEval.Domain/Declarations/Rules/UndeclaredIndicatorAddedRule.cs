using PerfEval.Domain.Audit;

namespace PerfEval.Domain.Declarations.Rules;

/// <summary>
/// The 自评表 scores an indicator that was never declared: an indicator added at year end is usually one already met,
/// and its points displace those of declared targets.
/// </summary>
public sealed class UndeclaredIndicatorAddedRule : ITargetChangeRule
{
    public RuleDescriptor Descriptor { get; } = new("PE-DCL-005", "自评表新增未申报的指标", "The self-evaluation adds an undeclared indicator",
        RuleCategories.Target, Severities.Warning,
        "A 自评表 row with a 三级指标 whose 一级/二级/三级 names match no declared indicator of its set",
        "Names compared after NFKC, without white space and closing punctuation; heading rows without a 三级指标 are not indicators",
        TargetChangeRules.Source);

    public IEnumerable<TargetChangeFinding> Evaluate(TargetComparison comparison) =>
        comparison.Added.Select(a => TargetChangeRules.Finding(Descriptor, a.Stated.Level3 ?? "", null, a.Stated.Target?.Text,
            $"自评表指标“{a.Stated.Level1}/{a.Stated.Level2}/{a.Stated.Level3}”不在申报的绩效目标中。",
            $"The self-evaluation scores '{a.Stated.Level3}', which was not declared.",
            [a.ReportPointer], [a.DeclarationPointer]));
}
