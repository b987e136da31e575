using PerfEval.Domain.Reports.SelfEvaluationSheets;

namespace PerfEval.Domain.Declarations.TargetSheets;

/// <summary>
/// The printed labels of a 绩效目标申报表 (target sheet), matched like the 自评表's: whitespace removed, full-width
/// parentheses and colons made half-width (<see cref="SheetLabels.Normalize"/>), other spellings resolved.
/// </summary>
public static class TargetSheetLabels
{
    public const string FiscalYear = "年度";
    public const string AgencyName = "申报单位";
    public const string ProjectName = "项目名称";
    public const string OverallGoal = "年度总体目标";
    public const string Level1 = SheetLabels.Level1;
    public const string Level2 = SheetLabels.Level2;
    public const string Level3 = SheetLabels.Level3;
    public const string Target = "指标值";
    public const string Operator = "比较符";
    public const string Value = "数值";
    public const string Unit = "单位";
    public const string Weight = SheetLabels.Weight;
    public const string DepartmentTitleMark = "部门整体";
    public const string DepartmentTitle = "部门整体支出绩效目标申报表";
    public const string ProjectTitle = "项目支出绩效目标申报表";

    public static readonly IReadOnlyList<string> Headers = [Level1, Level2, Level3, Target, Operator, Value, Unit, Weight];

    private static readonly IReadOnlyDictionary<string, string> Aliases = new Dictionary<string, string>
    {
        ["预算年度"] = FiscalYear,
        ["单位名称"] = AgencyName,
        ["项目支出名称"] = ProjectName,
        ["总体目标"] = OverallGoal,
        ["年度指标值"] = Target,
        ["年度目标值"] = Target,
        ["比较"] = Operator,
        ["指标数值"] = Value,
        ["计量单位"] = Unit,
        ["权重"] = Weight,
        ["指标分值"] = Weight,
    };

    /// <summary>A cell's text as a label of this sheet (the canonical label for another spelling).</summary>
    public static string Of(string? text)
    {
        var label = SheetLabels.Normalize(text);
        return Aliases.GetValueOrDefault(label, label);
    }

    /// <summary>Labels whose value is the next cell to the right.</summary>
    public static readonly IReadOnlyList<string> Fields = [FiscalYear, AgencyName, ProjectName, OverallGoal];

    /// <summary>The comparison in a 比较符 cell: ASCII (&gt;=) or as printed (≥, ＞); null for anything else.</summary>
    public static string? ParseOperator(string text) => SheetLabels.RemoveWhitespace(text) switch
    {
        ">=" or "≥" or "＞=" or "⩾" => ">=",
        "<=" or "≤" or "＜=" or "⩽" => "<=",
        ">" or "＞" => ">",
        "<" or "＜" => "<",
        "=" or "＝" => "=",
        _ => null,
    };
}
