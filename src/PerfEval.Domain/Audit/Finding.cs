namespace PerfEval.Domain.Audit;

/// <summary>
/// One consistency problem, with its evidence: JSON pointers to every figure involved, what the figures imply
/// (<see cref="Expected"/>), what the report states (<see cref="Actual"/>) and the gap.
/// </summary>
public sealed record Finding(
    string RuleId,
    string RulesetVersion,
    string Severity,
    string Title,
    string TitleZh,
    string MessageZh,
    string MessageEn,
    IReadOnlyList<string> Pointers,
    decimal? Expected,
    decimal? Actual,
    decimal? Difference);

/// <summary>确定 (error): the stated figures contradict each other; 疑似 (warning): very likely a mistake, a reviewer
/// decides; 提示 (info): worth a look. Only errors block submission.</summary>
public static class Severities
{
    public const string Error = "error";
    public const string Warning = "warning";
    public const string Info = "info";
}

public static class RuleCategories
{
    public const string Identity = "identity";
    public const string Share = "share";
    public const string Rate = "rate";
    public const string Duplicate = "duplicate";
    public const string Unit = "unit";
    public const string IndicatorTable = "indicator-table";
    public const string Completeness = "completeness";
    public const string Plausibility = "plausibility";
    public const string Target = "target";
}

/// <summary>What a rule is: stable id, titles, category, default severity, how it tolerates rounding, and its source.</summary>
public sealed record RuleDescriptor(
    string Id,
    string TitleZh,
    string TitleEn,
    string Category,
    string DefaultSeverity,
    string Formula,
    string Tolerance,
    string Source);

public sealed record AuditResult(string RulesetVersion, IReadOnlyList<Finding> Findings);
