using PerfEval.Domain.Reports;

namespace PerfEval.Domain.Audit.Rules;

/// <summary>Amounts, counts and rates are not negative; only stated differences are signed.</summary>
public sealed class NegativeAmountRule : IAuditRule
{
    private static readonly string[] SignedFields = ["/changeFromPriorYear", "/revenueDifference", "/expenditureDifference", "/changeRateFromPriorYear"];

    public RuleDescriptor Descriptor { get; } = new("PE-PLS-001", "金额或计数为负", "A negative amount or count",
        RuleCategories.Plausibility, Severities.Warning, "value ≥ 0 for every amount, count and rate except stated differences", "—",
        "Plausibility: budgets, spending and counts cannot be negative");

    public IEnumerable<Finding> Evaluate(ReportDocument document, AuditContext context)
    {
        foreach (var (node, pointer) in context.Walk(document))
        {
            var value = node switch { Money m => m.Value, Quantity q => q.Value, Metric k => k.Value, _ => null };
            if (value is not < 0 || SignedFields.Any(s => pointer.EndsWith(s, StringComparison.Ordinal))) continue;
            yield return context.Create(Descriptor, $"{pointer} 的数值为负（{value}）。", $"{pointer} is negative ({value}).", [pointer + "/value"], actual: value);
        }
    }
}
