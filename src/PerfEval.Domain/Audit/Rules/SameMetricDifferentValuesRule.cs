using PerfEval.Domain.Reports;

namespace PerfEval.Domain.Audit.Rules;

/// <summary>One output metric (same key and scope) stated with different values in different places.</summary>
public sealed class SameMetricDifferentValuesRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = new("PE-DUP-002", "同一指标多处陈述数值不同", "The same metric is stated with different values",
        RuleCategories.Duplicate, Severities.Warning,
        "outputs with equal key, scope, target flag and unit must have equal values",
        "Values written with 余/约/以上 are skipped; same precision: identical digits; different precision: ± half a unit of the last written digit",
        "芦淞 2024 states 全区调解案件 842 in 六（一） and 774 in 六（二） [SEED]");

    public IEnumerable<Finding> Evaluate(ReportDocument document, AuditContext context)
    {
        var groups = (document.Outputs ?? []).Select((m, i) => (Metric: m, Pointer: $"/outputs/{i}/value"))
            .Where(x => x.Metric.Value is not null && x.Metric.Qualifier is null or Qualifiers.Exact)
            .GroupBy(x => (x.Metric.Key, x.Metric.Scope ?? "", x.Metric.IsTarget ?? false, x.Metric.Unit ?? ""));
        foreach (var group in groups)
        {
            var items = group.ToList();
            if (items.Count == 1) continue; // stated once: nothing to disagree with (most metrics)
            var min = items.MinBy(x => x.Metric.Value!.Value);
            var max = items.MaxBy(x => x.Metric.Value!.Value);
            // Written with the same precision, one metric must be written with the same digits; otherwise allow rounding.
            var gap = max.Metric.Value!.Value - min.Metric.Value!.Value;
            var sameScale = items.Select(x => x.Metric.Value!.Value.Scale).Distinct().Count() == 1;
            if (sameScale ? gap == 0 : gap <= Figure.HalfUnitOf(max.Metric.Value.Value) + Figure.HalfUnitOf(min.Metric.Value.Value)) continue;
            var values = string.Join("、", items.Select(x => $"{x.Metric.Value}{x.Metric.Unit}（{x.Metric.Section ?? "?"}）"));
            var label = items[0].Metric.Label ?? group.Key.Key;
            yield return context.Create(Descriptor,
                $"“{label}”{(group.Key.Item2.Length > 0 ? "（" + group.Key.Item2 + "）" : "")}多处陈述不一致：{values}。",
                $"'{group.Key.Key}'{(group.Key.Item2.Length > 0 ? " (" + group.Key.Item2 + ")" : "")} is stated with different values: {values}.",
                items.Select(x => x.Pointer), items[0].Metric.Value, items[^1].Metric.Value);
        }
    }
}
