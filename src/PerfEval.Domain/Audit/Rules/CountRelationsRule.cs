using PerfEval.Domain.Reports;

namespace PerfEval.Domain.Audit.Rules;

/// <summary>
/// Counts that are subsets of other counts by definition (调解成功 ≤ 调解案件, 审结 ≤ 受理 ≤ 收到申请 …), wherever in
/// the report each is stated: a subset stated in one section must not exceed its superset stated in another.
/// </summary>
public sealed class CountRelationsRule : IAuditRule
{
    /// <summary>Subset ≤ superset, by metric key. Data, not code: add a row to cover a new relation.</summary>
    public static readonly IReadOnlyList<(string Subset, string Superset, string NameZh)> Relations =
    [
        ("mediationSuccess", "mediationCases", "调解成功 ≤ 调解案件"),
        ("majorDisputesResolved", "majorDisputesMediated", "重大纠纷调处成功 ≤ 调处"),
        ("majorDisputesResolved", "majorDisputesScreened", "重大纠纷调处成功 ≤ 排查"),
        ("majorDisputesMediated", "mediationCases", "重大纠纷调处 ≤ 调解案件"),
        ("reconsiderationAccepted", "reconsiderationReceived", "行政复议受理 ≤ 收到申请"),
        ("reconsiderationNotAccepted", "reconsiderationReceived", "不予受理 ≤ 收到申请"),
        ("reconsiderationConcluded", "reconsiderationAccepted", "行政复议审结 ≤ 受理"),
        ("reconsiderationConcluded", "reconsiderationReceived", "行政复议审结 ≤ 收到申请"),
        ("adminLitigationConcluded", "adminLitigationCases", "行政诉讼审结 ≤ 案件"),
        ("adminLitigationHearings", "adminLitigationCases", "开庭审理 ≤ 行政诉讼案件"),
        ("headCourtAppearances", "adminLitigationHearings", "负责人出庭 ≤ 开庭审理"),
        ("legalAidCriminal", "legalAidCases", "刑事法律援助 ≤ 法律援助案件"),
        ("legalAidCivil", "legalAidCases", "民事法律援助 ≤ 法律援助案件"),
        ("legalAidAdministrative", "legalAidCases", "行政法律援助 ≤ 法律援助案件"),
        ("legalAidRevisited", "legalAidCases", "回访 ≤ 法律援助案件"),
        ("legalAidGroupCaseItems", "legalAidCases", "群体性案件 ≤ 法律援助案件"),
        ("govNormativeDocsIssued", "govNormativeDocsReviewed", "正式发布 ≤ 审查的规范性文件"),
        ("communityCorrectionReleased", "communityCorrectionManaged", "解除矫正 ≤ 管理的社区矫正人员"),
        ("resettlementReleasedPrisoners", "resettlementRegistered", "刑满释放 ≤ 在册安置帮教对象"),
        ("resettlementReleasedCorrections", "resettlementRegistered", "解除社区矫正 ≤ 在册安置帮教对象"),
        ("freeLegalConsultations", "communityLegalServices", "免费法律咨询 ≤ 各类法律服务"),
        ("pazhouLawFirms", "lawFirms", "片区律所 ≤ 全区律所"),
        ("pazhouLawyers", "practisingLawyers", "片区律师 ≤ 全区律师"),
        ("disputesPrevented", "disputesScreened", "预防 ≤ 排查的矛盾纠纷"),
    ];

    public RuleDescriptor Descriptor { get; } = new("PE-REL-001", "子项计数超过其所属总数", "A count exceeds the count it is a subset of",
        RuleCategories.Identity, Severities.Error,
        "For each row of the relations table (调解成功 ≤ 调解案件, 审结 ≤ 受理, …): subset ≤ superset, same scope and target flag; the superset in the subset's section, else every superset of that scope stated elsewhere",
        "Exact counts (余/以上 on the subset and 约 on either side are bounds, compared only when they still prove the excess)",
        "Definitions of 司法行政 case statistics (受理/审结, 调解/调解成功); 海珠 2022 states 调解 9438 宗 and 成功化解 10497 宗 [SEED]");

    public IEnumerable<Finding> Evaluate(ReportDocument document, AuditContext context)
    {
        var byKey = (document.Outputs ?? []).Select((m, i) => (Metric: m, Pointer: $"/outputs/{i}/value"))
            .Where(x => x.Metric.Value is not null).ToLookup(x => x.Metric.Key);
        foreach (var (subKey, superKey, name) in Relations)
        {
            if (!byKey.Contains(subKey) || !byKey.Contains(superKey)) continue;
            var supersets = byKey[superKey].Where(s => UpperBound(s.Metric) is not null).ToLookup(s => Context(s.Metric));
            foreach (var sub in byKey[subKey])
            {
                if (LowerBound(sub.Metric) is not { } low) continue;
                var candidates = supersets[Context(sub.Metric)].ToList();
                var sameSection = candidates.Where(c => c.Metric.Section == sub.Metric.Section).ToList();
                var compared = sameSection.Count > 0 ? sameSection : candidates;
                if (compared.Count == 0) continue;
                var largest = compared.MaxBy(c => UpperBound(c.Metric)!.Value);
                var high = UpperBound(largest.Metric)!.Value;
                if (low <= high || sub.Metric.Unit != largest.Metric.Unit) continue;
                var subLabel = sub.Metric.Label ?? sub.Metric.Key;
                var superLabel = largest.Metric.Label ?? largest.Metric.Key;
                yield return context.Create(Descriptor,
                    $"“{subLabel}” {sub.Metric.Value}{sub.Metric.Unit}（{sub.Metric.Section ?? "?"}）超过“{superLabel}” {largest.Metric.Value}{largest.Metric.Unit}（{largest.Metric.Section ?? "?"}），而按定义{name}。",
                    $"'{sub.Metric.Key}' {sub.Metric.Value} ({sub.Metric.Section ?? "?"}) exceeds '{largest.Metric.Key}' {largest.Metric.Value} ({largest.Metric.Section ?? "?"}), though it is a subset of it.",
                    [sub.Pointer, largest.Pointer], high, low);
            }
        }
    }

    private static (string, bool) Context(Metric m) => (m.Scope ?? "", m.IsTarget ?? false);

    private static decimal? LowerBound(Metric m) => m.Qualifier is null or Qualifiers.Exact or Qualifiers.MoreThan or Qualifiers.AtLeast ? m.Value : null;

    private static decimal? UpperBound(Metric m) => m.Qualifier is null or Qualifiers.Exact or Qualifiers.AtMost or Qualifiers.LessThan ? m.Value : null;
}
