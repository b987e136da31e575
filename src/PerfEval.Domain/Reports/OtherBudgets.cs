namespace PerfEval.Domain.Reports;

/// <summary>政府性基金 / 国有资本经营 / 社会保险基金 预算支出情况 (usually "无").</summary>
public sealed record OtherBudgets
{
    /// <summary>政府性基金预算.</summary>
    public OtherBudget? GovernmentFund { get; init; }
    /// <summary>国有资本经营预算.</summary>
    public OtherBudget? StateCapital { get; init; }
    /// <summary>社会保险基金预算.</summary>
    public OtherBudget? SocialInsurance { get; init; }
}

public sealed record OtherBudget
{
    /// <summary>Whether the agency has any such budget; false when the report says "无".</summary>
    public bool? HasActivity { get; init; }
    /// <summary>原文 ("我单位无政府性基金预算支出情况").</summary>
    public string? Statement { get; init; }
    /// <summary>财政拨款收入.</summary>
    public Money? Revenue { get; init; }
    /// <summary>年初结转和结余.</summary>
    public Money? CarryIn { get; init; }
    /// <summary>支出.</summary>
    public Money? Expenditure { get; init; }
    /// <summary>基本支出.</summary>
    public Money? Basic { get; init; }
    /// <summary>项目支出.</summary>
    public Money? Project { get; init; }
    /// <summary>年末结转和结余.</summary>
    public Money? CarryOut { get; init; }
    /// <summary>Other stated lines (彩票公益金 年初预算 / 支出决算 …).</summary>
    public IReadOnlyList<Metric>? Items { get; init; }
}
