using PerfEval.Domain.Reports;

namespace PerfEval.Domain.Audit.Rules;

/// <summary>The overall spending figures (总支出 / 一般公共预算支出) and the self-evaluation result should be stated.</summary>
public sealed class CoreFiguresMissingRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = new("PE-CMP-002", "缺少整体支出或自评结果", "Overall spending or the self-evaluation result is missing",
        RuleCategories.Completeness, Severities.Info,
        "finance.final or finance.generalPublicBudget states a total; selfEvaluation states a score or grade; publication is stated", "—",
        "部门整体支出绩效自评报告 outlines (provincial 自评报告 outlines): 整体支出规模, 自评结果拟应用和公开情况");

    public IEnumerable<Finding> Evaluate(ReportDocument document, AuditContext context)
    {
        var f = document.Finance;
        if (f?.Final?.Expenditure?.Total is null && f?.GeneralPublicBudget?.Expenditure?.Total is null && f?.Final?.Revenue?.Total is null)
            yield return context.Create(Descriptor, "报告未给出整体支出（总支出或一般公共预算支出）。", "The report states no overall spending figure.", ["/finance"], severity: Severities.Warning);
        if (document.SelfEvaluation?.Score is null && string.IsNullOrWhiteSpace(document.SelfEvaluation?.Grade))
            yield return context.Create(Descriptor, "报告未给出自评分或自评等级。", "The report states no self-evaluation score or grade.", ["/selfEvaluation"]);
        if (document.Publication is null || document.Publication.Status == PublicationStatuses.NotStated)
            yield return context.Create(Descriptor, "报告未说明自评结果的公开情况。", "The report does not say whether or where it will be published.", ["/publication"]);
    }
}
