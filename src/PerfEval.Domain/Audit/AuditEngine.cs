using PerfEval.Domain.Reports;

namespace PerfEval.Domain.Audit;

/// <summary>Runs every rule of the catalogue over a document. Pure and deterministic: findings come in catalogue order.</summary>
public static class AuditEngine
{
    public static AuditResult Run(ReportDocument document)
    {
        var context = new AuditContext(RuleCatalog.Version);
        var findings = context.ApplyRoundingConvention(RuleCatalog.All.SelectMany(rule => Evaluate(rule, document, context)).ToList());
        return new AuditResult(RuleCatalog.Version, findings);
    }

    /// <summary>A figure too large for decimal arithmetic stops that rule only, and says so, instead of failing the audit.</summary>
    private static IReadOnlyList<Finding> Evaluate(IAuditRule rule, ReportDocument document, AuditContext context)
    {
        try
        {
            return rule.Evaluate(document, context).ToList();
        }
        catch (OverflowException)
        {
            return [context.Create(rule.Descriptor, "数值过大，无法核对本规则涉及的数字。", "Figures are too large to check this rule.", [""], severity: Severities.Info)];
        }
    }
}
