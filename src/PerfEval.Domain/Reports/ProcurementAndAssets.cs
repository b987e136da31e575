namespace PerfEval.Domain.Reports;

/// <summary>政府采购.</summary>
public sealed record Procurement
{
    /// <summary>政府采购支出.</summary>
    public Money? Total { get; init; }
    /// <summary>货物.</summary>
    public Money? Goods { get; init; }
    /// <summary>工程.</summary>
    public Money? Works { get; init; }
    /// <summary>服务.</summary>
    public Money? Services { get; init; }
    /// <summary>政府采购预算 (planned).</summary>
    public Money? Budget { get; init; }
}

/// <summary>资产管理.</summary>
public sealed record Assets
{
    /// <summary>截至日期 (ISO yyyy-MM-dd or words).</summary>
    public string? AsOf { get; init; }
    /// <summary>资产总额.</summary>
    public Money? TotalAssets { get; init; }
    /// <summary>负债总额.</summary>
    public Money? Liabilities { get; init; }
    /// <summary>净资产.</summary>
    public Money? NetAssets { get; init; }
    /// <summary>固定资产账面原值.</summary>
    public Money? FixedAssetsOriginalValue { get; init; }
    /// <summary>在用(固定)资产.</summary>
    public Money? FixedAssetsInUse { get; init; }
    /// <summary>资产使用率 / 固定资产利用率 as stated (%).</summary>
    public Quantity? FixedAssetUseRate { get; init; }
    /// <summary>上年末固定资产金额.</summary>
    public Money? FixedAssetsPriorYearEnd { get; init; }
    /// <summary>本年度拟购置固定资产总额.</summary>
    public Money? PlannedFixedAssetPurchase { get; init; }
}
