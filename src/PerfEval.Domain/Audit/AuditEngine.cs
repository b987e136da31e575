using PerfEval.Domain.Reports;

namespace PerfEval.Domain.Audit;

/// <summary>Runs every rule of the catalogue over a document. Pure and deterministic: findings come in catalogue order.</summary>
public static class AuditEngine
{
    public static AuditResult Run(ReportDocument document)
    {
        var context = new AuditContext(RuleCatalog.Version);
        var findings = RuleCatalog.All.SelectMany(rule => rule.Evaluate(document, context)).ToList();
        return new AuditResult(RuleCatalog.Version, findings);
    }
}
