namespace PerfEval.Domain.Reports;

/// <summary>项目经费 summary across projects.</summary>
public sealed record ProjectFunds
{
    /// <summary>年初预算安排项目经费.</summary>
    public Money? InitialBudget { get; init; }
    /// <summary>全年预算 (after adjustments).</summary>
    public Money? FullYearBudget { get; init; }
    /// <summary>当年项目实际收入.</summary>
    public Money? ActualRevenue { get; init; }
    /// <summary>项目支出共计 (实际支出).</summary>
    public Money? ActualExpenditure { get; init; }
    /// <summary>资金来源 lines: where project money comes from (区级项目经费, 上级转移支付资金). A spending item such as
    /// a 上级专项 with its 实际支出 is a project, not a source.</summary>
    public IReadOnlyList<FundingLine>? Sources { get; init; }
    /// <summary>项目个数 (专项资金 3 个, 一级项目 17 个).</summary>
    public Quantity? ProjectCount { get; init; }
    /// <summary>分项说明门槛 ("仅对50万元以上的项目资金进行分项说明").</summary>
    public Money? ItemizationThreshold { get; init; }
    /// <summary>占…项目支出总额的比重 (%) as stated, with the base the text names (schema 1.0 stored it as a bare
    /// quantity; the parser upgrades it to a share of 一般公共预算项目支出).</summary>
    public Share? ShareOfProjectExpenditure { get; init; }
    /// <summary>备注.</summary>
    public string? Note { get; init; }
}

/// <summary>One funding line: a source of money with its budget and execution figures.</summary>
public sealed record FundingLine
{
    /// <summary>名称 as written (当年财政拨款, 上年结转资金, 其他资金, 区级项目经费, 上级转移支付资金).</summary>
    public required string Name { get; init; }
    /// <summary>年初预算数.</summary>
    public Money? InitialBudget { get; init; }
    /// <summary>全年预算数.</summary>
    public Money? FullYearBudget { get; init; }
    /// <summary>全年执行数 / 实际支出.</summary>
    public Money? Executed { get; init; }
    /// <summary>实际拨付.</summary>
    public Money? Disbursed { get; init; }
    /// <summary>备注.</summary>
    public string? Note { get; init; }
}

/// <summary>项目 / 专项资金.</summary>
public sealed record Project
{
    /// <summary>项目名称.</summary>
    public required string Name { get; init; }
    /// <summary>类别 (一级项目, 专项资金, 支出科目, 上级专项 …).</summary>
    public string? Category { get; init; }
    /// <summary>上年结转 (结余结转).</summary>
    public Money? CarryIn { get; init; }
    /// <summary>年初预算.</summary>
    public Money? InitialBudget { get; init; }
    /// <summary>年中调增.</summary>
    public Money? AdjustmentIncrease { get; init; }
    /// <summary>年中调减.</summary>
    public Money? AdjustmentDecrease { get; init; }
    /// <summary>全年预算.</summary>
    public Money? FullYearBudget { get; init; }
    /// <summary>当年拨款.</summary>
    public Money? CurrentYearAppropriation { get; init; }
    /// <summary>执行数 / 实际支出.</summary>
    public Money? Executed { get; init; }
    /// <summary>结转结余 (年末).</summary>
    public Money? CarryOut { get; init; }
    /// <summary>执行率 as stated.</summary>
    public Quantity? ExecutionRate { get; init; }
    /// <summary>资金来源.</summary>
    public IReadOnlyList<FundingLine>? FundingSources { get; init; }
    /// <summary>主要用途 / 绩效说明.</summary>
    public string? Purpose { get; init; }
}
