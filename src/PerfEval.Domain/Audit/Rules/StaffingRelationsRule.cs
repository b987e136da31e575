using PerfEval.Domain.Reports;

namespace PerfEval.Domain.Audit.Rules;

/// <summary>编制 = 行政 + 政法 + 事业编制; 实有 = 在职 + 退休 (+ 离休 + 遗属 when stated); 离退休 = 退休 + 离休.</summary>
public sealed class StaffingRelationsRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = new("PE-STF-001", "人员编制与人员构成数据不符", "Staffing counts do not add up",
        RuleCategories.Identity, Severities.Warning,
        "编制总数 = 行政编制 + 政法编制 + 事业编制; 实有人数 = 在职 + 退休 (+ 离休 + 遗属); 离退休合计 = 退休 + 离休",
        "Exact counts; a warning because reports count 本级 and 下属单位 differently; no finding when a part's text says it is the whole (\"均为政法编制42人\")", "机构编制 statements in the seed reports [SEED]");

    public IEnumerable<Finding> Evaluate(ReportDocument document, AuditContext context)
    {
        var s = document.Staffing;
        if (s is null) yield break;
        var checks = new (string NameZh, string NameEn, (Quantity? Q, string P) Total, (Quantity? Q, string P)[] Parts)[]
        {
            ("编制总数", "staff quota", (s.QuotaTotal, "quotaTotal"), [(s.QuotaAdministrative, "quotaAdministrative"), (s.QuotaPoliticalLegal, "quotaPoliticalLegal"), (s.QuotaInstitution, "quotaInstitution")]),
            ("实有人数", "headcount", (s.ActualTotal, "actualTotal"), [(s.InService, "inService"), (s.Retired, "retired"), (s.RetiredCadres, "retiredCadres"), (s.Survivors, "survivors")]),
            ("离退休人员", "retirees", (s.RetiredTotal, "retiredTotal"), [(s.Retired, "retired"), (s.RetiredCadres, "retiredCadres")]),
        };
        foreach (var (zh, en, total, parts) in checks)
        {
            var present = parts.Where(p => p.Q?.Value is not null).ToList();
            if (total.Q?.Value is not { } t || present.Count < 2) continue;
            // "编制人数总计42人，均为政法编制42人": the text says the total is that one kind, so other kinds it lists
            // (a 下属单位's 事业编制) are outside the total rather than missing from it.
            if (present.Any(p => p.Q!.Value == t && SaysAll(p.Q.Text))) continue;
            if (SafeMath.Sum(present.Select(p => p.Q!.Value!.Value)) is not { } sum || sum == t) continue;
            yield return context.Create(Descriptor,
                $"{zh} {t}，而 {string.Join(" + ", present.Select(p => p.Q!.Value))} = {sum}。",
                $"The {en} is {t} but its parts {string.Join(" + ", present.Select(p => p.Q!.Value))} add up to {sum}.",
                present.Select(p => $"/staffing/{p.P}/value").Prepend($"/staffing/{total.P}/value"), sum, t);
        }
    }

    private static bool SaysAll(string? text) => text is not null && (text.Contains("均为", StringComparison.Ordinal) || text.Contains("全部为", StringComparison.Ordinal) || text.Contains("均是", StringComparison.Ordinal));
}
