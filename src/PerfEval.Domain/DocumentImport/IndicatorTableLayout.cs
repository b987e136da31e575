namespace PerfEval.Domain.DocumentImport;

/// <summary>A word of the 项目支出绩效自评表 template and what the table reader makes of it, with the seed table it was written for.</summary>
public sealed record TableWord(string Pattern, string Field, string Seed);

/// <summary>
/// The vocabulary of the 项目支出绩效自评表 (the table 财政部 《项目支出绩效评价管理办法》(财预〔2020〕10号) appends and
/// agencies attach to the 自评报告): its title, the columns of the 项目资金 block, the funding rows, and the 一级/二级
/// 指标 names. Patterns match a cell's text with all whitespace removed. Data, not code: a template variant is a row here.
/// </summary>
public static class IndicatorTableLayout
{
    /// <summary>The title paragraph that opens the table ("2022年度预算支出绩效自评表").</summary>
    public const string Title = @"^.{0,30}(?:绩效)?自评表$";

    /// <summary>Header cells of the table: 项目名称 / 主管部门 / 实施单位, each followed by its value cell.</summary>
    public static readonly IReadOnlyList<TableWord> HeaderCells =
    [
        new(@"^项目(?:支出)?名称$", "projectName", "衡山 2022 项目支出名称 | 司法行政项目经费"),
        new(@"^主管部门$", "supervisingDepartment", "衡山 2022 主管部门 | 衡山县人民政府"),
        new(@"^实施单位$", "implementingUnit", "衡山 2022 实施单位 | 衡山县司法局"),
    ];

    /// <summary>Columns of the 项目资金 block, in the template's order. Money columns take the unit of the block's label.</summary>
    public static readonly IReadOnlyList<TableWord> BudgetColumns =
    [
        new(@"^年初预算数$", "initialBudget", "衡山 2022 年初预算数"),
        new(@"^全年预算数$", "fullYearBudget", "衡山 2022 全年预算数"),
        new(@"^全年执行数$", "executed", "衡山 2022 全年执行数"),
        new(@"^分值$", "weight", "衡山 2022 分值"),
        new(@"^执行率$", "executionRate", "衡山 2022 执行率"),
        new(@"^得分$", "score", "衡山 2022 得分"),
    ];

    /// <summary>The money columns a funding row (其中：当年财政拨款 …) fills; the template leaves 分值/执行率/得分 to the total row.</summary>
    public static readonly IReadOnlyList<string> FundingRowFields = ["initialBudget", "fullYearBudget", "executed"];

    /// <summary>The label of the 项目资金 block, with its unit ("项目资金(万元)"; a PDF may break it over two lines).</summary>
    public const string MoneyBlock = @"项目资金[（(](?<unit>万元|元)[)）]";

    /// <summary>The total row of the 项目资金 block.</summary>
    public const string TotalRow = @"^(?:年度)?资金总额$";

    /// <summary>Funding rows of the 项目资金 block (其中： taken off).</summary>
    public static readonly IReadOnlyList<TableWord> FundingRows =
    [
        new(@"^当年财政拨款$", "当年财政拨款", "衡山 2022 其中：当年财政拨款 | 115 | 179.63 | 179.63"),
        new(@"^上年结转资金$", "上年结转资金", "衡山 2022 上年结转资金 |  | 85.85 | 85.85"),
        new(@"^其他资金$", "其他资金", "衡山 2022 其他资金"),
    ];

    /// <summary>The header cell after which the indicator rows start.</summary>
    public const string IndicatorHeader = @"^三级指标$";

    /// <summary>The last row: 总分 with total weight and score.</summary>
    public const string TotalScoreRow = @"^总分$";

    /// <summary>
    /// 一级 and 二级 指标 names, found in the words between indicator rows. 二级 names come first: 经济效益指标 holds
    /// 效益指标. A 一级 name may carry its weight ("产出指标(50分)").
    /// </summary>
    public static readonly IReadOnlyList<TableWord> LevelNames =
    [
        new("服务对象满意度指标", "level2", "衡山 2022 服务对象满意度指标"),
        new("经济效益指标", "level2", "衡山 2022 经济效益指标"),
        new("社会效益指标", "level2", "衡山 2022 社会效益指标"),
        new("生态效益指标", "level2", "衡山 2022 生态效益指标"),
        new("可持续影响指标", "level2", "衡山 2022 可持续影响指标"),
        new("经济成本指标", "level2", "经济成本指标 (财政部 项目支出绩效自评表 二级指标)"),
        new("社会成本指标", "level2", "社会成本指标 (财政部 项目支出绩效自评表 二级指标)"),
        new("生态环境成本指标", "level2", "生态环境成本指标 (财政部 项目支出绩效自评表 二级指标)"),
        new("数量指标", "level2", "衡山 2022 数量指标"),
        new("质量指标", "level2", "衡山 2022 质量指标"),
        new("时效指标", "level2", "衡山 2022 时效指标"),
        new("成本指标", "level2", "衡山 2022 成本指标 (二级, under 产出指标)"),
        new("产出指标", "level1", "衡山 2022 产出指标(50分)"),
        new("效益指标", "level1", "衡山 2022 效益指标(30分)"),
        new("满意度指标", "level1", "衡山 2022 满意度 指标  (10分)"),
    ];
}
