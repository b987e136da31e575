namespace PerfEval.Domain.DocumentImport;

public static partial class PhraseCatalogue
{
    /// <summary>
    /// The lines of a 分项绩效目标 under a 绩效目标 heading: "绩效目标：…" opens a goal (its figures are targets of it),
    /// "绩效指标：…" lists the goal's indicators; each figure with a unit is one indicator's target, a range
    /// ("300-500 元") is left unread. Seed: 鹿泉 2022 "绩效目标：组建专业调解团队…" / "绩效指标：聘请 39 名专职调解员，按最低工资 1900 元…".
    /// </summary>
    public const string GoalLine = @"^[#\s*]*(?<kind>绩效目标|绩效指标)[*\s]*[：:]";

    /// <summary>Words before a target that say how it compares, first match wins (鹿泉 2022 "比率不高于 15%", "20 个课时以上").</summary>
    public static readonly IReadOnlyList<(string Words, string Operator)> TargetOperators =
    [
        ("不高于|不超过|不大于|以内|以下", "<="),
        ("不低于|不少于|不小于|至少", ">="),
        ("低于|少于", "<"),
        ("高于|超过|多于", ">"),
    ];

    /// <summary>A share written in words: 百分之百, 百分之九十 (鹿泉 2022 "社区矫正对象的核查率达到百分之百").</summary>
    public const string PercentInWords = "百分之(?<n>百|[一二三四五六七八九十]{1,3})";
}
