using PerfEval.Domain.Reports;

namespace PerfEval.Domain.Audit.Rules;

/// <summary>A stated 占比 must be the ratio of the stated amounts, rounded to the decimals the share is written with.</summary>
public sealed class StatedShareMatchesRatioRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = new("PE-SHR-001", "陈述的占比与金额之比不符", "A stated share is not the ratio of the stated amounts",
        RuleCategories.Share, Severities.Error, "占比 = 分项 / 基数 × 100 (基数 = share.of)",
        "Interval arithmetic: amount and base each ± half a unit of their last digit; the share ± half a unit of its last digit (\"61.19%\" → 61.185–61.195, \"75.7%\" → 75.65–75.75)",
        "GovBudgetChecker percent checks; 占比 = 分项/合计 × 100 at 2 dp half up (domain.md §5)");

    public IEnumerable<Finding> Evaluate(ReportDocument document, AuditContext context)
    {
        foreach (var (node, pointer) in DocumentWalker.Walk(document))
        {
            var (part, share) = node switch
            {
                Money m when m.Share is not null => (Figure.Of(m, pointer), m.Share),
                Restatement r when r.Share is not null => (RestatedPart(document, r, pointer), r.Share),
                _ => (null, null),
            };
            if (part is null || share?.Value is not { } stated || DocumentWalker.Resolve(document, share.Of) is not Money baseMoney) continue;
            if (Figure.Of(baseMoney, share.Of!) is not { Value: > 0 } @base) continue;

            var low = (part.Value - part.HalfUnit) / (@base.Value + @base.HalfUnit) * 100m;
            var high = (part.Value + part.HalfUnit) / Math.Max(@base.Value - @base.HalfUnit, 0.0000001m) * 100m;
            var half = Figure.HalfUnitOf(stated);
            if (stated + half >= low && stated - half <= high) continue;

            var computed = Math.Round(part.Value / @base.Value * 100m, Math.Max((int)stated.Scale, 2), MidpointRounding.AwayFromZero);
            yield return context.Create(Descriptor,
                $"陈述占比 {stated}%，而 {part.Written} / {@base.Written} = {computed}%。",
                $"The stated share is {stated}% but {part.Written} / {@base.Written} = {computed}%.",
                [pointer + "/share/value", part.Pointer, @base.Pointer], computed, stated);
        }
    }

    private static Figure? RestatedPart(ReportDocument document, Restatement restatement, string pointer)
    {
        if (restatement.Value is not null) return Figure.Of(new Money { Value = restatement.Value, Unit = restatement.Unit }, pointer);
        var owner = pointer[..pointer.LastIndexOf("/restatements/", StringComparison.Ordinal)];
        return DocumentWalker.Resolve(document, owner) is Money parent ? Figure.Of(parent, owner) : null;
    }
}
