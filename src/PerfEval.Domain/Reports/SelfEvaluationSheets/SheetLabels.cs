using System.Text;

namespace PerfEval.Domain.Reports.SelfEvaluationSheets;

/// <summary>The printed labels of a 自评表, matched after removing every whitespace character ("年初\n预算数" is 年初预算数).</summary>
public static class SheetLabels
{
    public const string ProjectName = "项目支出名称";
    public const string ProjectNameShort = "项目名称";
    public const string SupervisingDepartment = "主管部门";
    public const string ImplementingUnit = "实施单位";
    public const string Funds = "项目资金";
    public const string InitialBudget = "年初预算数";
    public const string FullYearBudget = "全年预算数";
    public const string Executed = "全年执行数";
    public const string Weight = "分值";
    public const string ExecutionRate = "执行率";
    public const string Score = "得分";
    public const string FundsTotal = "年度资金总额";
    public const string FundingPrefix = "其中";
    public const string OverallGoal = "年度总体目标";
    public const string GoalPlanned = "预期目标";
    public const string GoalActual = "实际完成情况";
    public const string Indicators = "绩效指标";
    public const string Level1 = "一级指标";
    public const string Level2 = "二级指标";
    public const string Level3 = "三级指标";
    public const string Target = "年度指标值";
    public const string Actual = "实际完成值";
    public const string DeviationReason = "偏差原因分析及改进措施";
    public const string Total = "总分";
    public const string DepartmentTitleMark = "部门整体支出";
    public const string BlankNote = "空白";

    /// <summary>Label cells that are never a value (the value of 主管部门 is the next cell that is not one of these).</summary>
    public static readonly IReadOnlySet<string> All = new HashSet<string>
    {
        ProjectName, ProjectNameShort, SupervisingDepartment, ImplementingUnit, InitialBudget, FullYearBudget, Executed, Weight,
        ExecutionRate, Score, FundsTotal, OverallGoal, GoalPlanned, GoalActual, Indicators, Level1, Level2, Level3, Target, Actual,
        DeviationReason, Total,
    };

    /// <summary>Other spellings of indicator header labels seen on provincial forms.</summary>
    public static readonly IReadOnlyDictionary<string, string> HeaderAliases = new Dictionary<string, string>
    {
        ["年度目标值"] = Target,
        ["指标值"] = Target,
        ["实际值"] = Actual,
        ["全年实际值"] = Actual,
        ["偏差原因"] = DeviationReason,
        ["偏差原因分析"] = DeviationReason,
    };

    public static string RemoveWhitespace(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
            if (!char.IsWhiteSpace(c)) sb.Append(c);
        return sb.ToString();
    }

    /// <summary>A cell's text as a label: whitespace removed, full-width parentheses and colons made half-width, a trailing colon dropped.</summary>
    public static string Normalize(string? text) =>
        text is null ? "" : RemoveWhitespace(text).Replace('（', '(').Replace('）', ')').Replace('：', ':').TrimEnd(':');

    /// <summary>A header cell's label, with aliases resolved to the canonical one.</summary>
    public static string Header(string? text)
    {
        var label = Normalize(text);
        return HeaderAliases.GetValueOrDefault(label, label);
    }

    /// <summary>The money unit a "项目资金(万元)" label names; null when the cell is not that label.</summary>
    public static string? FundsUnit(string? text)
    {
        var label = Normalize(text);
        if (!label.StartsWith(Funds, StringComparison.Ordinal)) return null;
        foreach (var unit in MoneyUnits.All)
            if (label.EndsWith("(" + unit + ")", StringComparison.Ordinal)) return unit;
        return label == Funds ? MoneyUnits.TenThousandYuan : null;
    }
}
