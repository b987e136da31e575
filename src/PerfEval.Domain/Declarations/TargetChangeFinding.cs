namespace PerfEval.Domain.Declarations;

/// <summary>
/// A difference between the self-evaluation and the approved declaration of its year, with pointers into both
/// documents: <see cref="ReportPointers"/> into the report version, <see cref="DeclarationPointers"/> into the
/// declaration version.
/// </summary>
public sealed record TargetChangeFinding(
    string RuleId,
    string Severity,
    string TitleZh,
    string Title,
    string Indicator,
    string? Declared,
    string? Stated,
    string MessageZh,
    string MessageEn,
    IReadOnlyList<string> ReportPointers,
    IReadOnlyList<string> DeclarationPointers);

/// <summary>One check of a self-evaluation against its declaration; its descriptor says what it finds and its source.</summary>
public interface ITargetChangeRule
{
    Audit.RuleDescriptor Descriptor { get; }

    IEnumerable<TargetChangeFinding> Evaluate(TargetComparison comparison);
}

/// <summary>The rules, in the order their findings are listed.</summary>
public static class TargetChangeRules
{
    /// <summary>Bump whenever a rule is added, removed or changes what it finds.</summary>
    public const string Version = "2026.12.1";

    /// <summary>财预〔2015〕88号 has targets declared with the budget and adjusted only through the same procedure; 财预〔2020〕10号
    /// Art. 4 defines 单位自评 as evaluating the completion of the targets 预算批复 approved.</summary>
    public const string Source =
        "中央部门预算绩效目标管理办法 (财预〔2015〕88号): targets are declared and reviewed with the budget and issued with it; 项目支出绩效评价管理办法 (财预〔2020〕10号) Art. 4: 单位自评 evaluates 预算批复的项目绩效目标完成情况";

    public static IReadOnlyList<ITargetChangeRule> All { get; } =
    [
        new Rules.DeclaredTargetLoweredRule(),
        new Rules.DeclaredTargetChangedRule(),
        new Rules.DeclaredOperatorOrUnitChangedRule(),
        new Rules.DeclaredIndicatorDroppedRule(),
        new Rules.UndeclaredIndicatorAddedRule(),
        new Rules.DeclaredWeightMovedRule(),
    ];

    public static IReadOnlyList<TargetChangeFinding> Run(TargetComparison comparison) => [.. All.SelectMany(r => r.Evaluate(comparison))];

    internal static TargetChangeFinding Finding(Audit.RuleDescriptor rule, string indicator, string? declared, string? stated, string zh, string en,
        IReadOnlyList<string> reportPointers, IReadOnlyList<string> declarationPointers) =>
        new(rule.Id, rule.DefaultSeverity, rule.TitleZh, rule.TitleEn, indicator, declared, stated, zh, en, reportPointers, declarationPointers);
}
