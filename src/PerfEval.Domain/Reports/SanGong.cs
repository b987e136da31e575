namespace PerfEval.Domain.Reports;

/// <summary>“三公”经费: 因公出国(境)费, 公务用车购置及运行维护费, 公务接待费.</summary>
public sealed record SanGong
{
    /// <summary>预算数.</summary>
    public SanGongFigures? Budget { get; init; }
    /// <summary>决算数 / 实际支出 of the fiscal year.</summary>
    public SanGongFigures? Actual { get; init; }
    /// <summary>上年决算数 as stated inside this report.</summary>
    public SanGongFigures? PriorYearActual { get; init; }
    /// <summary>上年预算数 as stated inside this report.</summary>
    public SanGongFigures? PriorYearBudget { get; init; }
    /// <summary>比上年增(+)减(−) as stated, signed ("比上年减少1.22万元" → −1.22).</summary>
    public Money? ChangeFromPriorYear { get; init; }
    /// <summary>Stated percent change from the prior year, signed.</summary>
    public Quantity? ChangeRateFromPriorYear { get; init; }
    /// <summary>增减原因 / 说明.</summary>
    public string? Explanation { get; init; }
}

public sealed record SanGongFigures
{
    /// <summary>合计.</summary>
    public Money? Total { get; init; }
    /// <summary>因公出国(境)费.</summary>
    public Money? Abroad { get; init; }
    /// <summary>公务用车购置及运行(维护)费 (小计).</summary>
    public Money? Vehicle { get; init; }
    /// <summary>公务用车购置费.</summary>
    public Money? VehiclePurchase { get; init; }
    /// <summary>公务用车运行(维护)费.</summary>
    public Money? VehicleOperation { get; init; }
    /// <summary>公务接待费.</summary>
    public Money? Reception { get; init; }
}
