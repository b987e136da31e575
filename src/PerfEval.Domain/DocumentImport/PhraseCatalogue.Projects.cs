namespace PerfEval.Domain.DocumentImport;

public static partial class PhraseCatalogue
{
    /// <summary>
    /// A project line: a list marker (一是 / 1. / (1) / 另外，) and the project's name before its first figure phrase.
    /// Read in the 项目支出 / 专项资金 part of the report, or in a list that follows "项目支出…其中：".
    /// </summary>
    public const string ProjectLine =
        @"^\s*(?:[一二三四五六七八九十]+是|\d{1,2}[.、．]|[（(]\d{1,2}[)）]|另外[，,]?|此外[，,]?)\s*(?<name>[^，,。；;：:（(\d\s]{2,30}?)(?=[，,（(]|项目支出|开支|年初预算|上年结|实际支出)";

    /// <summary>A heading under which numbered lines are project lines even where its other words open a 绩效 part
    /// (芦淞 2024 "（二）专项资金支出绩效情况": its counts stay outputs, its amounts go to the projects).</summary>
    public const string ProjectListHeading = "专项资金|项目支出|项目经费";

    /// <summary>
    /// Figures of one project (专项资金, 支出科目), matched against the words of the clause before the amount (whitespace
    /// and markup removed, years and stage words kept), first match wins. {project} is the project the line names.
    /// </summary>
    public static readonly IReadOnlyList<PhraseRule> ProjectRules =
    [
        new("projectCarryIn", FigureClass.Money, "上年结余结转$|上年结转(?:结余|和结余)?$", "/projects/{project}/carryIn", "芦淞 2024 一是公共法律服务工作经费，上年结余结转0.16万元"),
        new("projectLineInitialBudget", FigureClass.Money, "年初预算(?:资金|数)?(?:为)?$", "/projects/{project}/initialBudget", "芦淞 2024 年初预算资金71.00万元; 三是智慧矫正建设年初预算67.2万元"),
        new("projectAdjustmentIncrease", FigureClass.Money, "调增$", "/projects/{project}/adjustmentIncrease", "芦淞 2024 年中执行调增1.35万元"),
        new("projectAdjustmentDecrease", FigureClass.Money, "调减$", "/projects/{project}/adjustmentDecrease", "芦淞 2024 年中执行调减20.76万元"),
        new("projectExecuted", FigureClass.Money, "实际支出$|全年执行数$", "/projects/{project}/executed", "芦淞 2024 实际支出50.24万元; 另外，上级专项实际支出102.44万元"),
        new("projectSpent", FigureClass.Money, "项目支出$|开支$", "/projects/{project}/executed", "芦淞 2024 2.公车经费项目支出3.00万元; 衡山 2022 (1)一般行政管理事务开支80.35万元") { Loose = true },
        new("projectCarryOut", FigureClass.Money, "(?:年末)?结余结转$|(?:年末)?结转(?:和)?结余$", "/projects/{project}/carryOut", "芦淞 2024 结余结转0.16万元"),
    ];
}
