using PerfEval.Domain.Reports;

namespace PerfEval.Domain.Audit.Rules;

/// <summary>The same amount stated in two places with two different values (衡山 基本支出 827.32 vs 827.31).</summary>
public sealed class RestatedFigureDiffersRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = new("PE-DUP-001", "同一金额两处陈述不一致", "The same amount is stated twice with different values",
        RuleCategories.Duplicate, Severities.Warning, "Money.value = each Money.restatements[].value (in 万元)",
        "Same precision: identical digits; different precision: each ± half a unit of its last written digit", "Reports restate totals in several sections; one of the two values is wrong");

    public IEnumerable<Finding> Evaluate(ReportDocument document, AuditContext context)
    {
        foreach (var (node, pointer) in context.Walk(document))
        {
            if (node is not Money { Restatements: { Count: > 0 } restatements } money || Figure.Of(money, pointer) is not { } first) continue;
            for (var i = 0; i < restatements.Count; i++)
            {
                var r = restatements[i];
                if (Figure.Of(new Money { Value = r.Value, Unit = r.Unit }, $"{pointer}/restatements/{i}") is not { } again) continue;
                // The same figure restated with the same precision must be written with the same digits; with another
                // precision (82.7 vs 82.70) it may differ only by rounding.
                var sameScale = money.Value!.Value.Scale == r.Value!.Value.Scale && money.Unit == r.Unit;
                if (sameScale ? first.Value == again.Value : Math.Abs(first.Value - again.Value) <= first.HalfUnit + again.HalfUnit) continue;
                yield return context.Create(Descriptor,
                    $"同一金额两处陈述：{first.Written} 与 {again.Written}（{r.Section}）。",
                    $"The same amount is stated as {first.Written} and as {again.Written} ({r.Section}).",
                    [first.Pointer, again.Pointer], first.Value, again.Value);
            }
        }
    }
}
