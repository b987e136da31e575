using PerfEval.Domain.Reports;
using PerfEval.Domain.Scoring;

namespace PerfEval.Domain.Audit.Rules;

/// <summary>一级指标 weights: the heading's stated weight equals its rows, and both follow the scoring profile (产出 50, 效益 30, 满意度 10).</summary>
public sealed class Level1WeightsMatchProfileRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = new("PE-IND-002", "一级指标权重与规定或表头不符", "Level-1 weights differ from their heading or the profile",
        RuleCategories.IndicatorTable, Severities.Warning,
        "Σ weights of rows under 一级指标 X = X's stated weight = the profile's weight (cn-mof-2020-selfeval: 产出 50, 效益 30, 满意度 10)",
        "Exact", "财预〔2020〕10号 10/50/30/10 (财预〔2020〕10号 and published 自评表 instructions, 'may be adjusted': hence a warning)");

    public IEnumerable<Finding> Evaluate(ReportDocument document, AuditContext context)
    {
        var profile = ScoringProfiles.DefaultHeadline;
        foreach (var (table, t) in (document.IndicatorTables ?? []).Select((table, t) => (table, t)))
        {
            var rows = (table.Indicators ?? []).Select((ind, i) => (ind, i)).ToList();
            if (rows.Count == 0) continue;
            foreach (var rule in profile.Level1Weights)
            {
                var under = rows.Where(r => r.ind.Level1.StartsWith(rule.Name, StringComparison.Ordinal) && r.ind.Weight is not null).ToList();
                if (under.Count == 0) continue;
                var sum = under.Sum(r => r.ind.Weight!.Value);
                var statedIndex = table.Level1Weights?.ToList().FindIndex(w => w.Name.StartsWith(rule.Name, StringComparison.Ordinal)) ?? -1;
                var stated = statedIndex >= 0 ? table.Level1Weights![statedIndex].Weight : null;
                var pointers = under.Select(r => $"/indicatorTables/{t}/indicators/{r.i}/weight").ToList();
                if (stated is not null) pointers.Insert(0, $"/indicatorTables/{t}/level1Weights/{statedIndex}/weight");
                if (stated is { } s && s != sum)
                    yield return context.Create(Descriptor, $"{rule.Name}表头分值 {s}，其下各指标分值合计 {sum}。",
                        $"{rule.Name}: the heading says {s} points but its rows add up to {sum}.", pointers, s, sum);
                else if (sum != rule.Weight)
                    yield return context.Create(Descriptor, $"{rule.Name}分值合计 {sum}，规定权重为 {rule.Weight}。",
                        $"{rule.Name} weighs {sum} points; the profile sets {rule.Weight}.", pointers, rule.Weight, sum);
            }
        }
    }
}
