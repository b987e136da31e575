namespace PerfEval.Domain.Reports;

/// <summary>人员编制与构成. All counts are <see cref="Quantity"/> (unit 人 or 个 as written).</summary>
public sealed record Staffing
{
    /// <summary>编制数 total (核定编制).</summary>
    public Quantity? QuotaTotal { get; init; }
    /// <summary>行政编制.</summary>
    public Quantity? QuotaAdministrative { get; init; }
    /// <summary>政法编制.</summary>
    public Quantity? QuotaPoliticalLegal { get; init; }
    /// <summary>事业编制.</summary>
    public Quantity? QuotaInstitution { get; init; }
    /// <summary>实有人数 (共有人员, including retirees where the report counts them so).</summary>
    public Quantity? ActualTotal { get; init; }
    /// <summary>在职人员 (在职实有人员).</summary>
    public Quantity? InService { get; init; }
    /// <summary>退休人员.</summary>
    public Quantity? Retired { get; init; }
    /// <summary>离休人员.</summary>
    public Quantity? RetiredCadres { get; init; }
    /// <summary>离退休人员 total, where the report gives one.</summary>
    public Quantity? RetiredTotal { get; init; }
    /// <summary>遗属人员.</summary>
    public Quantity? Survivors { get; init; }
    /// <summary>政府雇员 / 编外.</summary>
    public Quantity? ContractStaff { get; init; }
    /// <summary>As-of date ("年末") when stated, ISO yyyy-MM-dd or words.</summary>
    public string? AsOf { get; init; }
    /// <summary>Other stated breakdowns (在职 政法编 38, 实有 行政编制 29 …).</summary>
    public IReadOnlyList<Metric>? Breakdown { get; init; }
}
