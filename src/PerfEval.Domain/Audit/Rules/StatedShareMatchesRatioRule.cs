using PerfEval.Domain.Reports;

namespace PerfEval.Domain.Audit.Rules;

/// <summary>A stated 占比 must be the ratio of the stated amount to the base the text names (share.of).</summary>
public sealed class StatedShareMatchesRatioRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = new("PE-SHR-001", "陈述的占比与金额之比不符", "A stated share is not the ratio of the stated amounts",
        RuleCategories.Share, Severities.Error,
        "占比 = 分项 / 基数 × 100 (基数 = share.of; for projectFunds.shareOfProjectExpenditure the 分项 is projectFunds.actualExpenditure)",
        "Interval arithmetic: amount and base each ± half a unit of their last digit. " + RoundingPolicy.Description,
        "GovBudgetChecker percent checks; 占比 = 分项/合计 × 100 at 2 dp half up (部门决算 三公 reporting rules)");

    public IEnumerable<Finding> Evaluate(ReportDocument document, AuditContext context)
    {
        foreach (var (node, pointer) in context.Walk(document))
        {
            var (part, share, sharePointer) = node switch
            {
                Money m when m.Share is not null => (Figure.Of(m, pointer), m.Share, pointer + "/share/value"),
                Restatement r when r.Share is not null => (RestatedPart(document, r, pointer), r.Share, pointer + "/share/value"),
                ProjectFunds f when f.ShareOfProjectExpenditure is not null =>
                    (Figure.Of(f.ActualExpenditure, pointer + "/actualExpenditure"), f.ShareOfProjectExpenditure, pointer + "/shareOfProjectExpenditure/value"),
                _ => (null, null, ""),
            };
            if (part is null || share?.Value is not { } stated || DocumentWalker.Resolve(document, share.Of) is not Money baseMoney) continue;
            if (Figure.Of(baseMoney, share.Of!) is not { Value: > 0 } @base || PercentInterval.Of(part, @base) is not var (low, high, computed)) continue;

            var match = RoundingPolicy.Judge(low, high, stated, context);
            if (match == RoundingPolicy.Match.Rounded) continue;
            var shown = Math.Round(computed, Math.Max((int)stated.Scale, 2), MidpointRounding.AwayFromZero);
            var zh = $"陈述占比 {stated}%，而 {part.Written} / {@base.Written} = {shown}%";
            var en = $"The stated share is {stated}% but {part.Written} / {@base.Written} = {shown}%.";
            string[] pointers = [sharePointer, part.Pointer, @base.Pointer];
            yield return match == RoundingPolicy.Match.TruncatedOnly
                ? context.CreateTruncation(Descriptor, zh, en, pointers, shown, stated)
                : context.Create(Descriptor, zh + "。", en, pointers, shown, stated);
        }
    }

    private static Figure? RestatedPart(ReportDocument document, Restatement restatement, string pointer)
    {
        if (restatement.Value is not null) return Figure.Of(new Money { Value = restatement.Value, Unit = restatement.Unit }, pointer);
        var owner = pointer[..pointer.LastIndexOf("/restatements/", StringComparison.Ordinal)];
        return DocumentWalker.Resolve(document, owner) is Money parent ? Figure.Of(parent, owner) : null;
    }
}
