using PerfEval.Domain.Reports;

namespace PerfEval.Domain.Audit.Rules;

/// <summary>A stated number of items ("8个职能股室", "主要职责10条") must match the items the report then lists.</summary>
public sealed class StatedCountMatchesListedItemsRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = new("PE-CNT-001", "陈述的个数与列举的项目数不符", "A stated count differs from the items listed",
        RuleCategories.Identity, Severities.Warning,
        "organization.units[].count = number of names listed; organization.dutyItemCount = number of functions listed",
        "Exact; compared only when the report lists the items. A warning: a name in parentheses may be a second unit or an alias",
        "机构设置 statements (\"包括…8个职能股室\" followed by the list) in the seed reports [SEED]");

    public IEnumerable<Finding> Evaluate(ReportDocument document, AuditContext context)
    {
        var organization = document.Organization;
        foreach (var (group, i) in (organization?.Units ?? []).Select((g, i) => (g, i)))
            if (Mismatch(group.Count, group.Names?.Count) is { } stated)
                yield return Create(context, group.Label ?? group.Kind, stated, group.Names!.Count, $"/organization/units/{i}/count/value", $"/organization/units/{i}/names");
        if (Mismatch(organization?.DutyItemCount, organization?.Functions?.Count) is { } duties)
            yield return Create(context, "主要职责", duties, organization!.Functions!.Count, "/organization/dutyItemCount/value", "/organization/functions");
    }

    private static decimal? Mismatch(Quantity? count, int? listed) =>
        count?.Value is { } stated && count.Qualifier is null or Qualifiers.Exact && listed is > 0 && stated != listed ? stated : null;

    private Finding Create(AuditContext context, string label, decimal stated, int listed, string countPointer, string listPointer) =>
        context.Create(Descriptor, $"“{label}”陈述为 {stated} 个，实际列举 {listed} 个。", $"'{label}' is stated as {stated} but {listed} are listed.",
            [countPointer, listPointer], listed, stated);
}
