using PerfEval.Domain.Reports;

namespace PerfEval.Domain.Audit.Rules;

/// <summary>年初预算 + 调增 − 调减 = 全年预算; 上年结转 + 全年预算 = 执行数 + 结转结余 (money available vs its use).</summary>
public sealed class ProjectBudgetReconciliationRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = new("PE-REC-001", "项目预算调整与执行、结转不平衡", "Project budget, adjustments, spending and carry-over do not reconcile",
        RuleCategories.Identity, Severities.Error,
        "年初预算 + 调增 − 调减 = 全年预算; 上年结转 + (全年预算 or 年初预算 + 调增 − 调减) = 执行数 + 结转结余",
        "Each operand ± half a unit of its last written digit (amounts written without decimals are exact)", "Budget reconciliation (预算调整, 结转结余); 芦淞 2024 专项资金 [SEED]");

    public IEnumerable<Finding> Evaluate(ReportDocument document, AuditContext context)
    {
        foreach (var (project, i) in (document.Projects ?? []).Select((project, i) => (project, i)))
        {
            var p = $"/projects/{i}";
            var initial = Figure.Of(project.InitialBudget, p + "/initialBudget");
            var increase = Figure.Of(project.AdjustmentIncrease, p + "/adjustmentIncrease");
            var decrease = Figure.Of(project.AdjustmentDecrease, p + "/adjustmentDecrease");
            var fullYear = Figure.Of(project.FullYearBudget, p + "/fullYearBudget");
            var carryIn = Figure.Of(project.CarryIn, p + "/carryIn");
            var executed = Figure.Of(project.Executed, p + "/executed");
            var carryOut = Figure.Of(project.CarryOut, p + "/carryOut");
            if (initial is null) continue;

            var adjusted = initial.Value + (increase?.Value ?? 0m) - (decrease?.Value ?? 0m);
            var adjustedTolerance = initial.HalfUnit + (increase?.HalfUnit ?? 0m) + (decrease?.HalfUnit ?? 0m);
            var adjustmentPointers = new[] { initial, increase, decrease }.OfType<Figure>().Select(f => f.Pointer).ToList();
            if (fullYear is not null && (increase is not null || decrease is not null) && Math.Abs(fullYear.Value - adjusted) > adjustedTolerance + fullYear.HalfUnit)
            {
                yield return context.Create(Descriptor,
                    $"项目“{project.Name}”：年初预算加减调整后为 {AuditContext.N(adjusted)}万元，与全年预算 {fullYear.Written} 不符。",
                    $"Project '{project.Name}': initial budget after adjustments is {AuditContext.N(adjusted)} 万元, not the stated full-year budget {fullYear.Written}.",
                    [.. adjustmentPointers, fullYear.Pointer], adjusted, fullYear.Value);
            }

            if (executed is null || carryOut is null || (increase is null && decrease is null && fullYear is null && carryIn is null)) continue;
            var budget = fullYear?.Value ?? adjusted;
            var available = (carryIn?.Value ?? 0m) + budget;
            var used = executed.Value + carryOut.Value;
            var tolerance = (carryIn?.HalfUnit ?? 0m) + (fullYear?.HalfUnit ?? adjustedTolerance) + executed.HalfUnit + carryOut.HalfUnit;
            if (Math.Abs(available - used) <= tolerance) continue;
            var pointers = new[] { carryIn }.OfType<Figure>().Select(f => f.Pointer)
                .Concat(fullYear is not null ? [fullYear.Pointer] : adjustmentPointers).Append(executed.Pointer).Append(carryOut.Pointer);
            yield return context.Create(Descriptor,
                $"项目“{project.Name}”：可用资金（上年结转+预算）{AuditContext.N(available)}万元，而执行数与结转结余合计 {AuditContext.N(used)}万元。",
                $"Project '{project.Name}': funds available (carry-in + budget) {AuditContext.N(available)} 万元, but spending + carry-over = {AuditContext.N(used)} 万元.",
                pointers, available, used);
        }
    }
}
