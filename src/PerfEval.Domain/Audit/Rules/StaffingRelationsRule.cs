using PerfEval.Domain.Reports;

namespace PerfEval.Domain.Audit.Rules;

/// <summary>编制 = 行政 + 政法 + 事业编制; 实有 = 在职 + 退休 (+ 离休 + 遗属 when stated, + 政府雇员 where the report counts them
/// in); 离退休 = 退休 + 离休.</summary>
public sealed class StaffingRelationsRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = new("PE-STF-001", "人员编制与人员构成数据不符", "Staffing counts do not add up",
        RuleCategories.Identity, Severities.Warning,
        "编制总数 = 行政编制 + 政法编制 + 事业编制; 实有人数 = 在职 + 退休 (+ 离休 + 遗属), with or without 政府雇员 (either holds); 离退休合计 = 退休 + 离休",
        "Exact counts; a warning because reports count 本级 and 下属单位 differently; no finding when a part's text says it is the whole (\"均为政法编制42人\")",
        "机构编制 statements in the seed reports (芦淞 2024: 实有人数30人（其中：行政编制29人，政府雇员1人）) [SEED]");

    public IEnumerable<Finding> Evaluate(ReportDocument document, AuditContext context)
    {
        var s = document.Staffing;
        if (s is null) yield break;
        var checks = new (string NameZh, string NameEn, (Quantity? Q, string P) Total, (Quantity? Q, string P)[] Parts, (Quantity? Q, string P)? Optional)[]
        {
            ("编制总数", "staff quota", (s.QuotaTotal, "quotaTotal"), [(s.QuotaAdministrative, "quotaAdministrative"), (s.QuotaPoliticalLegal, "quotaPoliticalLegal"), (s.QuotaInstitution, "quotaInstitution")], null),
            // 政府雇员 hold no 编制: some reports count them in 实有人数 (芦淞), others only in 在职 or not at all.
            ("实有人数", "headcount", (s.ActualTotal, "actualTotal"), [(s.InService, "inService"), (s.Retired, "retired"), (s.RetiredCadres, "retiredCadres"), (s.Survivors, "survivors")],
                (s.ContractStaff, "contractStaff")),
            ("离退休人员", "retirees", (s.RetiredTotal, "retiredTotal"), [(s.Retired, "retired"), (s.RetiredCadres, "retiredCadres")], null),
        };
        foreach (var (zh, en, total, parts, optional) in checks)
        {
            var present = parts.Where(p => p.Q?.Value is not null).ToList();
            var extra = optional is { Q.Value: { } value } o ? (Value: value, o.P) : ((decimal Value, string P)?)null;
            if (total.Q?.Value is not { } t || present.Count < 2) continue;
            // "编制人数总计42人，均为政法编制42人": the text says the total is that one kind, so other kinds it lists
            // (a 下属单位's 事业编制) are outside the total rather than missing from it.
            if (present.Any(p => p.Q!.Value == t && SaysAll(p.Q.Text))) continue;
            if (SafeMath.Sum(present.Select(p => p.Q!.Value!.Value)) is not { } sum || sum == t) continue;
            var terms = string.Join(" + ", present.Select(p => p.Q!.Value));
            var pointers = present.Select(p => $"/staffing/{p.P}/value").Prepend($"/staffing/{total.P}/value");
            if (extra is not { } e)
            {
                yield return context.Create(Descriptor, $"{zh} {t}，而 {terms} = {sum}。", $"The {en} is {t} but its parts {terms} add up to {sum}.", pointers, sum, t);
                continue;
            }
            if (SafeMath.Add(sum, e.Value) is not { } withExtra || withExtra == t) continue;
            yield return context.Create(Descriptor, $"{zh} {t}，而 {terms} = {sum}，含政府雇员 {e.Value} 为 {withExtra}。",
                $"The {en} is {t} but its parts {terms} add up to {sum}, {withExtra} with the {e.Value} contract staff.",
                pointers.Append($"/staffing/{e.P}/value"), withExtra, t);
        }
    }

    private static bool SaysAll(string? text) => text is not null && (text.Contains("均为", StringComparison.Ordinal) || text.Contains("全部为", StringComparison.Ordinal) || text.Contains("均是", StringComparison.Ordinal));
}
