using PerfEval.Domain.Reports;

namespace PerfEval.Domain.Audit.Rules;

/// <summary>
/// Amounts a report lists under a stated total ("项目支出130.16万元 … 1.…71.00万元；2.…3.00万元") are an itemisation of
/// it: within one section they must not add up to more than the total, and must equal it when the total says its parts
/// are complete. Each item counts once, however often it is restated.
/// </summary>
public sealed class ItemisedAmountsWithinTotalRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = new("PE-BRK-002", "分项金额之和与所列总额不符", "Itemised amounts do not match their stated total",
        RuleCategories.Identity, Severities.Error,
        "Σ amounts whose partOf names the total, per section (an item and its restatement in the same section count once) ≤ total; = total when the total's partsExhaustive is true (warning when short)",
        "Each operand ± half a unit of its last written digit; amounts written with 约/余 are skipped",
        "Totals vs their itemisation (GovBudgetChecker sums); 芦淞 2024 二、（2） lists 71.00 + 3.00 + 67.20 under 项目支出 130.16 [SEED]");

    public IEnumerable<Finding> Evaluate(ReportDocument document, AuditContext context)
    {
        var groups = new Dictionary<(string Total, string Section), Dictionary<string, Figure>>();
        foreach (var (node, pointer) in context.Walk(document))
        {
            var (partOf, section, figure, item) = node switch
            {
                Money { PartOf: not null } m when Exact(m.Qualifier) => (m.PartOf, m.Section, Figure.Of(m, pointer), pointer),
                Restatement { PartOf: not null } r => (r.PartOf, r.Section, Restated(document, r, pointer), Owner(pointer)),
                _ => (null, null, null, ""),
            };
            if (partOf is null || figure is null) continue;
            var key = (partOf, section ?? "");
            if (!groups.TryGetValue(key, out var parts)) groups[key] = parts = [];
            parts.TryAdd(item, figure);
        }

        foreach (var ((totalPointer, section), items) in groups)
        {
            if (DocumentWalker.Resolve(document, totalPointer) is not Money totalMoney || !Exact(totalMoney.Qualifier)
                || Figure.Of(totalMoney, totalPointer) is not { } total) continue;
            var parts = items.Values.ToList();
            if (SafeMath.Sum(parts.Select(p => p.Value)) is not { } sum || SafeMath.Sum(parts.Select(p => p.HalfUnit)) is not { } slack) continue;
            var tolerance = total.HalfUnit + slack;
            var terms = string.Join(" + ", parts.Select(p => p.Written));
            var where = section.Length > 0 ? $"（{section}）" : "";
            string[] pointers = [total.Pointer, .. parts.Select(p => p.Pointer)];
            if (sum - total.Value > tolerance)
                yield return context.Create(Descriptor,
                    $"{where}列于总额 {total.Written} 之下的分项 {terms} = {AuditContext.N(sum)}万元，超过总额 {AuditContext.N(sum - total.Value)}万元。",
                    $"The amounts listed under the total {total.Written}{(section.Length > 0 ? " in " + section : "")} add up to {AuditContext.N(sum)} 万元 ({terms}), {AuditContext.N(sum - total.Value)} 万元 more than the total.",
                    pointers, total.Value, sum);
            else if (totalMoney.PartsExhaustive == true && total.Value - sum > tolerance)
                yield return context.Create(Descriptor,
                    $"{where}总额 {total.Written} 的分项 {terms} = {AuditContext.N(sum)}万元，少于总额（分项应完整）。",
                    $"The itemisation of {total.Written} is meant to be complete but adds up to {AuditContext.N(sum)} 万元 ({terms}).",
                    pointers, total.Value, sum, Severities.Warning);
        }
    }

    private static bool Exact(string? qualifier) => qualifier is null or Qualifiers.Exact;

    private static string Owner(string pointer) => pointer[..pointer.LastIndexOf("/restatements/", StringComparison.Ordinal)];

    private static Figure? Restated(ReportDocument document, Restatement restatement, string pointer) =>
        restatement.Value is not null
            ? Figure.Of(new Money { Value = restatement.Value, Unit = restatement.Unit }, pointer)
            : DocumentWalker.Resolve(document, Owner(pointer)) is Money owner ? Figure.Of(owner, Owner(pointer)) : null;
}
