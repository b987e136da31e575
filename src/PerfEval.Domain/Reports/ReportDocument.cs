namespace PerfEval.Domain.Reports;

/// <summary>
/// 部门整体支出绩效自评报告, document version 1. Every field is optional except the schema version, the agency
/// name and the fiscal year, because real reports leave out whole sections; what a report does state must have a
/// place here, mistakes included. Field-by-field Chinese terms are listed in openapi/report-v1.md.
/// </summary>
public sealed record ReportDocument
{
    public const string CurrentSchemaVersion = "1.1";

    /// <summary>文档版本: "1.1" (documents sent as "1.0" are upgraded when read).</summary>
    public required string SchemaVersion { get; init; }

    /// <summary>单位 (agency) as the report names it.</summary>
    public required AgencyInfo Agency { get; init; }

    /// <summary>年度 (fiscal year the report evaluates).</summary>
    public required int FiscalYear { get; init; }

    /// <summary>报告标题.</summary>
    public string? Title { get; init; }

    /// <summary>报告日期 (ISO date, yyyy-MM-dd) when stated.</summary>
    public DateOnly? ReportDate { get; init; }

    /// <summary>报告日期原文 ("2024年5 月 9 日").</summary>
    public string? ReportDateText { get; init; }

    /// <summary>依据文件 (policy documents cited, e.g. 鹿发〔2019〕8号).</summary>
    public IReadOnlyList<string>? PolicyBasis { get; init; }

    /// <summary>部门职能职责 and 机构设置.</summary>
    public Organization? Organization { get; init; }

    /// <summary>人员编制 and 人员构成.</summary>
    public Staffing? Staffing { get; init; }

    /// <summary>部门收支预决算: budget (预算) and final accounts (决算).</summary>
    public Finance? Finance { get; init; }

    /// <summary>“三公”经费.</summary>
    public SanGong? SanGong { get; init; }

    /// <summary>政府性基金 / 国有资本经营 / 社会保险基金 预算支出.</summary>
    public OtherBudgets? OtherBudgets { get; init; }

    /// <summary>政府采购.</summary>
    public Procurement? Procurement { get; init; }

    /// <summary>资产负债 and 固定资产.</summary>
    public Assets? Assets { get; init; }

    /// <summary>项目经费 summary (年初预算安排项目经费, 实际收入/支出, 资金来源).</summary>
    public ProjectFunds? ProjectFunds { get; init; }

    /// <summary>项目 (projects / special funds).</summary>
    public IReadOnlyList<Project>? Projects { get; init; }

    /// <summary>绩效目标 (performance goals, overall or per work area).</summary>
    public IReadOnlyList<PerformanceGoal>? PerformanceGoals { get; init; }

    /// <summary>绩效自评表 (indicator tables with 分值 and 得分).</summary>
    public IReadOnlyList<IndicatorTable>? IndicatorTables { get; init; }

    /// <summary>产出 (business outputs as typed metrics; the same metric may appear twice with different scopes).</summary>
    public IReadOnlyList<Metric>? Outputs { get; init; }

    /// <summary>其他陈述事实 (stated facts with no typed home: awards, hotlines, rules the report quotes).</summary>
    public IReadOnlyList<Metric>? OtherFacts { get; init; }

    /// <summary>存在的问题及原因.</summary>
    public IReadOnlyList<Problem>? Problems { get; init; }

    /// <summary>改进措施.</summary>
    public IReadOnlyList<string>? Measures { get; init; }

    /// <summary>自评结果: score, grade, coverage.</summary>
    public SelfEvaluation? SelfEvaluation { get; init; }

    /// <summary>公开情况.</summary>
    public Publication? Publication { get; init; }

    /// <summary>其他需要说明的情况.</summary>
    public string? OtherNotes { get; init; }
}

/// <summary>单位.</summary>
public sealed record AgencyInfo
{
    /// <summary>单位名称 as written in the report.</summary>
    public required string Name { get; init; }
    /// <summary>单位编码 / 预算编码 in PerfEval's registry, when known.</summary>
    public string? Code { get; init; }
    /// <summary>统一社会信用代码 (GB 32100).</summary>
    public string? CreditCode { get; init; }
    /// <summary>行政区划代码 (GB/T 2260, 6 digits) the report was filed under.</summary>
    public string? RegionCode { get; init; }
    /// <summary>地区 as written ("永州市零陵区").</summary>
    public string? RegionName { get; init; }
    /// <summary>主管部门.</summary>
    public string? SupervisingDepartment { get; init; }
    /// <summary>单位性质 / 隶属 ("区人民政府职能部门").</summary>
    public string? Nature { get; init; }
}
