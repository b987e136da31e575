using PerfEval.Domain.Reports;

namespace PerfEval.Domain.Audit.Rules;

/// <summary>Parts listed under a total ("其中 …", Metric.partOf) must not exceed it, and must equal it when exhaustive.</summary>
public sealed class BreakdownWithinTotalRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = new("PE-BRK-001", "分项计数之和与总数不符", "Breakdown counts do not match their total",
        RuleCategories.Identity, Severities.Error,
        "Σ parts (metrics whose partOf names the total, same section else same scope, targets apart from achievements) ≤ total; = total when the total's partsExhaustive is true (warning)",
        "Exact counts; totals or parts written with 余/约/以上 are skipped", "Case-count breakdowns (行政复议 受理/维持/撤销 …; 法律援助 刑事/民事/行政)");

    public IEnumerable<Finding> Evaluate(ReportDocument document, AuditContext context) =>
        Check(context, (document.Outputs ?? []).Select((m, i) => (m, $"/outputs/{i}")).ToList())
            .Concat(Check(context, StaffingMetrics(document)));

    private IEnumerable<Finding> Check(AuditContext context, List<(Metric Metric, string Pointer)> metrics)
    {
        // Parents are looked up by key, so the rule stays linear in the number of metrics.
        var byKey = metrics.ToLookup(m => m.Metric.Key);
        var groups = metrics.Where(m => m.Metric.PartOf is not null)
            .Select(part => (Part: part, Parent: Parent(byKey[part.Metric.PartOf!], part.Metric)))
            .Where(x => x.Parent is not null)
            .GroupBy(x => x.Parent!.Value.Pointer);
        foreach (var group in groups)
        {
            var parent = group.First().Parent!.Value;
            var parts = group.Select(x => x.Part).ToList();
            if (parent.Metric.Value is not { } total || !Exact(parent.Metric) || parts.Any(p => p.Metric.Value is null || !Exact(p.Metric))
                || parts.Any(p => p.Metric.Unit != parent.Metric.Unit)) continue;
            if (SafeMath.Sum(parts.Select(p => p.Metric.Value!.Value)) is not { } sum) continue;
            var pointers = parts.Select(p => p.Pointer + "/value").Prepend(parent.Pointer + "/value").ToList();
            var label = parent.Metric.Label ?? parent.Metric.Key;
            if (sum > total)
                yield return context.Create(Descriptor, $"“{label}”的分项之和 {sum} 超过总数 {total}。",
                    $"The parts of '{parent.Metric.Key}' add up to {sum}, more than the total {total}.", pointers, total, sum);
            else if (sum < total && parent.Metric.PartsExhaustive == true)
                yield return context.Create(Descriptor, $"“{label}”的分项之和 {sum} 少于总数 {total}（分项应完整）。",
                    $"The listed parts of '{parent.Metric.Key}' add up to {sum}, less than the total {total}, though they are meant to be complete.",
                    pointers, total, sum, Severities.Warning);
        }
    }

    private static (Metric Metric, string Pointer)? Parent(IEnumerable<(Metric Metric, string Pointer)> sameKey, Metric part)
    {
        // A target stated with the total's key ("全年任务数") is not the total its parts were counted in.
        var candidates = sameKey.Where(m => (m.Metric.IsTarget ?? false) == (part.IsTarget ?? false)).ToList();
        var sameSection = candidates.Where(m => m.Metric.Section == part.Section).ToList();
        if (sameSection.Count == 1) return sameSection[0];
        var sameScope = candidates.Where(m => m.Metric.Scope == part.Scope).ToList();
        return sameScope.Count == 1 ? sameScope[0] : candidates.Count == 1 ? candidates[0] : null;
    }

    private static List<(Metric, string)> StaffingMetrics(ReportDocument document)
    {
        var s = document.Staffing;
        var list = (s?.Breakdown ?? []).Select((m, i) => (m, $"/staffing/breakdown/{i}")).ToList();
        if (list.Count == 0) return list;
        void Add(string key, Quantity? q, string name)
        {
            if (q?.Value is not null) list.Add((new Metric { Key = key, Value = q.Value, Unit = q.Unit, Qualifier = q.Qualifier }, "/staffing/" + name));
        }
        Add("actualTotal", s!.ActualTotal, "actualTotal");
        Add("inService", s.InService, "inService");
        Add("quotaTotal", s.QuotaTotal, "quotaTotal");
        return list;
    }

    private static bool Exact(Metric metric) => metric.Qualifier is null or Qualifiers.Exact;
}
