using PerfEval.Domain.Reports;

namespace PerfEval.Domain.Declarations;

/// <summary>
/// 绩效目标申报表: the performance targets an agency declares with its budget for one fiscal year (部门整体绩效目标 and
/// 项目绩效目标), as 中央部门预算绩效目标管理办法 (财预〔2015〕88号) has them drawn up, reviewed and issued with the
/// budget. The self-evaluation of the same year is judged against the approved declaration.
/// </summary>
public sealed record DeclarationDocument
{
    public const string CurrentSchemaVersion = "1.0";

    /// <summary>文档版本: "1.0".</summary>
    public required string SchemaVersion { get; init; }

    /// <summary>年度 (the fiscal year the targets are for).</summary>
    public required int FiscalYear { get; init; }

    /// <summary>申报单位 as the declaration names it.</summary>
    public string? AgencyName { get; init; }

    /// <summary>目标 sets: the department's overall targets and one set per project.</summary>
    public required IReadOnlyList<TargetSet> TargetSets { get; init; }
}

/// <summary>One 绩效目标表: 总体目标 and its indicator tree (一级/二级/三级).</summary>
public sealed record TargetSet
{
    /// <summary>department (部门整体) or project (项目支出), as in the self-evaluation's 绩效自评表.</summary>
    public required string Subject { get; init; }

    /// <summary>项目名称; required for a project set, and matched with the 自评表's 项目支出名称.</summary>
    public string? ProjectName { get; init; }

    /// <summary>年度总体目标.</summary>
    public string? OverallGoal { get; init; }

    /// <summary>绩效指标 as declared.</summary>
    public required IReadOnlyList<DeclaredIndicator> Indicators { get; init; }
}

/// <summary>One declared 三级指标 with its 指标值 (comparison, number, unit) and weight.</summary>
public sealed record DeclaredIndicator
{
    /// <summary>一级指标 (产出指标, 效益指标, 满意度指标).</summary>
    public required string Level1 { get; init; }

    /// <summary>二级指标 (数量指标, 质量指标 …).</summary>
    public string? Level2 { get; init; }

    /// <summary>三级指标 name.</summary>
    public required string Level3 { get; init; }

    /// <summary>指标值 as declared: the text, and the comparison operator, number and unit when stated.</summary>
    public required StatedValue Target { get; init; }

    /// <summary>分值 (weight in points).</summary>
    public decimal? Weight { get; init; }
}

public static class TargetSubjects
{
    public const string Department = "department";
    public const string Project = "project";
    public static readonly IReadOnlyList<string> All = [Department, Project];
}
