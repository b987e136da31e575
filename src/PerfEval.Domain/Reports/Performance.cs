namespace PerfEval.Domain.Reports;

/// <summary>A target or actual value as written ("≥90%", "6场", "2022年底前", "有所提升"), with any parsed parts.</summary>
public sealed record StatedValue
{
    /// <summary>原文 exactly as written.</summary>
    public required string Text { get; init; }
    /// <summary>比较符 parsed from the text: &gt;=, &lt;=, &gt;, &lt;, =.</summary>
    public string? Operator { get; init; }
    /// <summary>Number parsed from the text.</summary>
    public decimal? Value { get; init; }
    /// <summary>Unit parsed from the text (场, 件, %).</summary>
    public string? Unit { get; init; }
}

/// <summary>绩效目标 (overall or per work area) with its stated indicators.</summary>
public sealed record PerformanceGoal
{
    /// <summary>工作领域 / 项目 the goal belongs to.</summary>
    public string? Area { get; init; }
    /// <summary>目标 text.</summary>
    public required string Goal { get; init; }
    /// <summary>指标 (indicators with target and actual as written).</summary>
    public IReadOnlyList<GoalIndicator>? Indicators { get; init; }
    /// <summary>完成情况 text.</summary>
    public string? Achievement { get; init; }
}

public sealed record GoalIndicator
{
    /// <summary>名称 as written.</summary>
    public required string Name { get; init; }
    /// <summary>目标值 / 年度指标值 as written.</summary>
    public StatedValue? Target { get; init; }
    /// <summary>实际完成值 as written.</summary>
    public StatedValue? Actual { get; init; }
}

/// <summary>绩效自评表: budget execution, overall goal and the 一级/二级/三级 indicator table.</summary>
public sealed record IndicatorTable
{
    /// <summary>表名 ("2022年度预算支出绩效自评表").</summary>
    public string? Title { get; init; }
    /// <summary>project (项目支出) or department (部门整体支出).</summary>
    public string? Subject { get; init; }
    /// <summary>项目支出名称.</summary>
    public string? ProjectName { get; init; }
    /// <summary>主管部门.</summary>
    public string? SupervisingDepartment { get; init; }
    /// <summary>实施单位.</summary>
    public string? ImplementingUnit { get; init; }
    /// <summary>年度资金总额 row: 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分.</summary>
    public BudgetExecutionRow? BudgetExecution { get; init; }
    /// <summary>资金来源 rows (当年财政拨款, 上年结转资金, 其他资金).</summary>
    public IReadOnlyList<FundingLine>? FundingRows { get; init; }
    /// <summary>年度总体目标: 预期目标.</summary>
    public string? OverallGoalPlanned { get; init; }
    /// <summary>年度总体目标: 实际完成情况.</summary>
    public string? OverallGoalActual { get; init; }
    /// <summary>一级指标 weights as printed in their headings ("产出指标(50分)").</summary>
    public IReadOnlyList<Level1Weight>? Level1Weights { get; init; }
    /// <summary>指标 (indicators with target and actual as written).</summary>
    public IReadOnlyList<Indicator>? Indicators { get; init; }
    /// <summary>总分 · 分值.</summary>
    public decimal? TotalWeight { get; init; }
    /// <summary>总分 · 得分.</summary>
    public decimal? TotalScore { get; init; }
}

public sealed record BudgetExecutionRow
{
    /// <summary>年初预算数.</summary>
    public Money? InitialBudget { get; init; }
    /// <summary>全年预算数.</summary>
    public Money? FullYearBudget { get; init; }
    /// <summary>全年执行数.</summary>
    public Money? Executed { get; init; }
    /// <summary>分值.</summary>
    public decimal? Weight { get; init; }
    /// <summary>执行率 as stated.</summary>
    public Quantity? ExecutionRate { get; init; }
    /// <summary>得分.</summary>
    public decimal? Score { get; init; }
}

public sealed record Level1Weight
{
    /// <summary>名称 as written.</summary>
    public required string Name { get; init; }
    /// <summary>分值 (weight in points).</summary>
    public decimal? Weight { get; init; }
}

/// <summary>One row of the indicator table.</summary>
public sealed record Indicator
{
    /// <summary>一级指标 (产出指标, 效益指标, 满意度指标).</summary>
    public required string Level1 { get; init; }
    /// <summary>二级指标 (数量指标, 质量指标, 时效指标, 成本指标, 社会效益指标 …).</summary>
    public string? Level2 { get; init; }
    /// <summary>三级指标; null for a heading row the report left empty.</summary>
    public string? Level3 { get; init; }
    /// <summary>年度指标值.</summary>
    public StatedValue? Target { get; init; }
    /// <summary>实际完成值.</summary>
    public StatedValue? Actual { get; init; }
    /// <summary>分值.</summary>
    public decimal? Weight { get; init; }
    /// <summary>得分.</summary>
    public decimal? Score { get; init; }
    /// <summary>偏差原因分析及改进措施.</summary>
    public string? DeviationReason { get; init; }
}
