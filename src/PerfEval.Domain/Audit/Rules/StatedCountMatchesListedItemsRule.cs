using PerfEval.Domain.Reports;

namespace PerfEval.Domain.Audit.Rules;

/// <summary>A stated number of items ("8个职能股室", "主要职责10条", "专项资金共3个") must match the items the report then lists.</summary>
public sealed class StatedCountMatchesListedItemsRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = new("PE-CNT-001", "陈述的个数与列举的项目数不符", "A stated count differs from the items listed",
        RuleCategories.Identity, Severities.Warning,
        "organization.units[].count = number of names listed; organization.dutyItemCount = number of functions listed; projectFunds.projectCount = number of projects listed, counting only the categories its text names (\"专项资金共3个\" counts the 专项资金, not a 上级专项)",
        "Exact; compared only when the report lists the items, and a project list shorter than the count only when the report sets no itemisation threshold (\"仅对50万元以上的项目资金进行分项说明\"). A warning: a name in parentheses may be a second unit or an alias",
        "机构设置 statements (\"包括…8个职能股室\" followed by the list) in the seed reports [SEED]");

    public IEnumerable<Finding> Evaluate(ReportDocument document, AuditContext context)
    {
        var organization = document.Organization;
        foreach (var (group, i) in (organization?.Units ?? []).Select((g, i) => (g, i)))
            if (Mismatch(group.Count, group.Names?.Count) is { } stated)
                yield return Create(context, group.Label ?? group.Kind, stated, group.Names!.Count, $"/organization/units/{i}/count/value", $"/organization/units/{i}/names");
        if (Mismatch(organization?.DutyItemCount, organization?.Functions?.Count) is { } duties)
            yield return Create(context, "主要职责", duties, organization!.Functions!.Count, "/organization/dutyItemCount/value", "/organization/functions");
        if (ProjectCount(document, context) is { } projects) yield return projects;
    }

    private Finding? ProjectCount(ReportDocument document, AuditContext context)
    {
        var count = document.ProjectFunds?.ProjectCount;
        var projects = document.Projects ?? [];
        var text = count?.Text ?? "";
        var named = projects.Select(p => p.Category).OfType<string>().Where(c => c.Length > 0 && text.Contains(c, StringComparison.Ordinal)).ToHashSet();
        var listed = named.Count == 0 ? projects.Count : projects.Count(p => p.Category is { } c && named.Contains(c));
        if (Mismatch(count, listed) is not { } stated) return null;
        if (listed < stated && document.ProjectFunds!.ItemizationThreshold?.Value is not null) return null;
        var label = named.Count == 0 ? "项目个数" : $"项目个数（{string.Join("、", named.Order(StringComparer.Ordinal))}）";
        return Create(context, label, stated, listed, "/projectFunds/projectCount/value", "/projects");
    }

    private static decimal? Mismatch(Quantity? count, int? listed) =>
        count?.Value is { } stated && count.Qualifier is null or Qualifiers.Exact && listed is > 0 && stated != listed ? stated : null;

    private Finding Create(AuditContext context, string label, decimal stated, int listed, string countPointer, string listPointer) =>
        context.Create(Descriptor, $"“{label}”陈述为 {stated} 个，实际列举 {listed} 个。", $"'{label}' is stated as {stated} but {listed} are listed.",
            [countPointer, listPointer], listed, stated);
}
