using PerfEval.Domain.Reports;

namespace PerfEval.Domain.Monitoring;

/// <summary>
/// 绩效运行监控 of one agency for one period of a fiscal year (中央部门预算绩效运行监控管理暂行办法, 财预〔2019〕136号:
/// “双监控” of budget execution and of progress toward the declared targets): execution so far, and per declared
/// indicator the progress, the reason for any deviation and the corrective action.
/// </summary>
public sealed record MonitoringDocument
{
    public const string CurrentSchemaVersion = "1.0";

    /// <summary>文档版本: "1.0".</summary>
    public required string SchemaVersion { get; init; }

    /// <summary>年度.</summary>
    public required int FiscalYear { get; init; }

    /// <summary>监控期 as the region's thresholds name it ("04", "06", "H1").</summary>
    public required string Period { get; init; }

    /// <summary>全年预算数 (the budget the execution is measured against).</summary>
    public required Money FullYearBudget { get; init; }

    /// <summary>累计执行数 at the end of the period.</summary>
    public required Money Executed { get; init; }

    /// <summary>Progress per declared indicator.</summary>
    public IReadOnlyList<IndicatorProgress>? Indicators { get; init; }
}

/// <summary>One declared indicator's progress at the end of the period.</summary>
public sealed record IndicatorProgress
{
    /// <summary>三级指标 as declared.</summary>
    public required string Level3 { get; init; }

    /// <summary>截至目前完成值 as written.</summary>
    public StatedValue? Progress { get; init; }

    /// <summary>预计能否完成: true when the agency expects to miss the target.</summary>
    public bool? AtRisk { get; init; }

    /// <summary>偏差原因.</summary>
    public string? DeviationReason { get; init; }

    /// <summary>纠偏措施.</summary>
    public string? CorrectiveAction { get; init; }
}
