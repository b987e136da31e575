namespace PerfEval.Domain.Reports;

/// <summary>部门收支预决算.</summary>
public sealed record Finance
{
    /// <summary>年初预算 (budget as approved at the start of the year).</summary>
    public BudgetStatement? Budget { get; init; }
    /// <summary>全年预算 / 调整后预算, where stated.</summary>
    public BudgetStatement? FullYearBudget { get; init; }
    /// <summary>决算 (final accounts: 总收入, 总支出 and their parts).</summary>
    public BudgetStatement? Final { get; init; }
    /// <summary>一般公共预算(财政拨款)收支, where the report states it apart from the department totals.</summary>
    public BudgetStatement? GeneralPublicBudget { get; init; }
    /// <summary>预决算差异: the difference the report states between budget and final, and why.</summary>
    public BudgetDifference? BudgetToFinal { get; init; }
}

/// <summary>收入 and 支出 of one stage (预算 or 决算).</summary>
public sealed record BudgetStatement
{
    /// <summary>收入.</summary>
    public RevenueLines? Revenue { get; init; }
    /// <summary>支出.</summary>
    public ExpenditureLines? Expenditure { get; init; }
    /// <summary>原文 summary when useful.</summary>
    public string? Text { get; init; }
}

/// <summary>收入.</summary>
public sealed record RevenueLines
{
    /// <summary>总收入 / 收入合计.</summary>
    public Money? Total { get; init; }
    /// <summary>财政拨款收入.</summary>
    public Money? FiscalAppropriation { get; init; }
    /// <summary>一般公共预算财政拨款收入.</summary>
    public Money? GeneralPublicBudget { get; init; }
    /// <summary>政府性基金预算财政拨款收入.</summary>
    public Money? GovernmentFund { get; init; }
    /// <summary>事业收入.</summary>
    public Money? BusinessIncome { get; init; }
    /// <summary>经营收入.</summary>
    public Money? OperatingIncome { get; init; }
    /// <summary>其他收入.</summary>
    public Money? OtherIncome { get; init; }
    /// <summary>上年结转结余.</summary>
    public Money? CarryIn { get; init; }
    /// <summary>人员(经费)收入.</summary>
    public Money? Personnel { get; init; }
    /// <summary>公用经费收入.</summary>
    public Money? PublicFunds { get; init; }
    /// <summary>项目经费收入.</summary>
    public Money? Project { get; init; }
}

/// <summary>支出.</summary>
public sealed record ExpenditureLines
{
    /// <summary>总支出 / 支出合计.</summary>
    public Money? Total { get; init; }
    /// <summary>基本支出 (= 人员经费 + 公用经费).</summary>
    public Money? Basic { get; init; }
    /// <summary>人员经费 / 人员支出.</summary>
    public Money? Personnel { get; init; }
    /// <summary>公用经费 / 日常公用经费 / 公用支出.</summary>
    public Money? PublicFunds { get; init; }
    /// <summary>项目支出.</summary>
    public Money? Project { get; init; }
    /// <summary>经营支出.</summary>
    public Money? Operating { get; init; }
    /// <summary>年末结转和结余.</summary>
    public Money? CarryOut { get; init; }
}

/// <summary>预决算差异.</summary>
public sealed record BudgetDifference
{
    /// <summary>决算收入较预算增加(+)/减少(−), signed, as stated.</summary>
    public Money? RevenueDifference { get; init; }
    /// <summary>决算支出较预算增加(+)/减少(−), signed, as stated.</summary>
    public Money? ExpenditureDifference { get; init; }
    /// <summary>差异原因.</summary>
    public string? Reason { get; init; }
}
