using PerfEval.Domain.Reports;

namespace PerfEval.Domain.Audit;

public interface IAuditRule
{
    RuleDescriptor Descriptor { get; }

    IEnumerable<Finding> Evaluate(ReportDocument document, AuditContext context);
}
