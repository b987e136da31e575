using PerfEval.Domain.Audit;
using PerfEval.Domain.Reports;

namespace PerfEval.Domain.Monitoring;

/// <summary>
/// A difference between the year-end self-evaluation and the last monitoring report of its year, with pointers into
/// both documents: <see cref="ReportPointers"/> into the report version, <see cref="MonitoringPointers"/> into the
/// monitoring version.
/// </summary>
public sealed record MonitoringConsistencyFinding(
    string RuleId,
    string Severity,
    string TitleZh,
    string Title,
    string Subject,
    string? MidYear,
    string? YearEnd,
    string MessageZh,
    string MessageEn,
    IReadOnlyList<string> ReportPointers,
    IReadOnlyList<string> MonitoringPointers);

/// <summary>The self-evaluation, the last monitoring report of the same year and the threshold of that report's period (when a region sets one).</summary>
public sealed record MonitoringComparison(ReportDocument Report, MonitoringDocument Monitoring, PeriodThreshold? Threshold);

/// <summary>One check of a self-evaluation against the year's monitoring; its descriptor says what it finds and its source.</summary>
public interface IMonitoringConsistencyRule
{
    RuleDescriptor Descriptor { get; }

    IEnumerable<MonitoringConsistencyFinding> Evaluate(MonitoringComparison comparison);
}

/// <summary>The rules, in the order their findings are listed.</summary>
public static class MonitoringConsistencyRules
{
    /// <summary>Bump whenever a rule is added, removed or changes what it finds.</summary>
    public const string Version = "2026.12.1";

    /// <summary>The scheme both rules rest on: monitoring is cumulative, of execution and of progress toward the targets.</summary>
    public const string Source =
        "中央部门预算绩效运行监控管理暂行办法 (财预〔2019〕136号): during the year agencies monitor budget execution and progress toward the declared targets (“双监控”)";

    public static IReadOnlyList<IMonitoringConsistencyRule> All { get; } =
    [
        new Rules.YearEndBelowMidYearRule(),
        new Rules.ExecutionJumpAtYearEndRule(),
    ];

    public static IReadOnlyList<MonitoringConsistencyFinding> Run(MonitoringComparison comparison) => [.. All.SelectMany(r => r.Evaluate(comparison))];

    internal static MonitoringConsistencyFinding Finding(RuleDescriptor rule, string subject, string? midYear, string? yearEnd, string zh, string en,
        IReadOnlyList<string> reportPointers, IReadOnlyList<string> monitoringPointers) =>
        new(rule.Id, rule.DefaultSeverity, rule.TitleZh, rule.TitleEn, subject, midYear, yearEnd, zh, en, reportPointers, monitoringPointers);
}
