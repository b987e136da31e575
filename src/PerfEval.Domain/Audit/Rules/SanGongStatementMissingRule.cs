using PerfEval.Domain.Reports;

namespace PerfEval.Domain.Audit.Rules;

/// <summary>A department report must account for its “三公”经费 (even when they are zero).</summary>
public sealed class SanGongStatementMissingRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = new("PE-CMP-001", "缺少“三公”经费情况说明", "No 三公 statement",
        RuleCategories.Completeness, Severities.Warning, "sanGong has a budget, actual or prior-year figure",
        "— (warning for reports filed in Hunan, region 43xxxx, whose outline requires it; info elsewhere)",
        "Hunan 自评报告 outline 一、(2) requires “三公经费”支出使用和管理情况; 部门决算 公开 content (预算法 §14)");

    public IEnumerable<Finding> Evaluate(ReportDocument document, AuditContext context)
    {
        var s = document.SanGong;
        if (s?.Budget?.Total is not null || s?.Actual?.Total is not null || s?.PriorYearActual?.Total is not null
            || s?.Actual?.Abroad is not null || s?.Actual?.Reception is not null) yield break;
        yield return context.Create(Descriptor, "报告未说明“三公”经费（因公出国(境)费、公务用车购置及运行维护费、公务接待费）的预算与支出。",
            "The report does not state its 三公 spending (overseas travel, official vehicles, official reception), budget or actual.", ["/sanGong"],
            severity: OutlineScope.Severity(document, OutlineScope.Hunan, Descriptor.DefaultSeverity));
    }
}
