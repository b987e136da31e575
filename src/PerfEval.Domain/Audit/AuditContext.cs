using System.Globalization;
using PerfEval.Domain.Reports;

namespace PerfEval.Domain.Audit;

/// <summary>Shared helpers for rules: tolerant comparisons and uniformly built findings.</summary>
public sealed class AuditContext(string rulesetVersion)
{
    public string RulesetVersion { get; } = rulesetVersion;

    /// <summary>Rounding conventions seen so far in this report (see <see cref="RoundingPolicy"/>).</summary>
    public RoundingEvidence Rounding { get; } = new();

    private readonly HashSet<Finding> truncations = new(ReferenceEqualityComparer.Instance);

    private ReportDocument? walkedDocument;
    private IReadOnlyList<(object Node, string Pointer)> walkedNodes = [];

    /// <summary><see cref="DocumentWalker.Walk"/> of the document, walked once and shared by every rule of the audit.</summary>
    public IReadOnlyList<(object Node, string Pointer)> Walk(ReportDocument document)
    {
        if (!ReferenceEquals(document, walkedDocument))
        {
            walkedNodes = DocumentWalker.Walk(document);
            walkedDocument = document;
        }
        return walkedNodes;
    }

    /// <summary>A finding on a figure that matches its ratio only when truncated: a warning, or an info when the whole
    /// report truncates consistently (decided by <see cref="AuditEngine"/> once every rule has run).</summary>
    public Finding CreateTruncation(RuleDescriptor rule, string messageZh, string messageEn, IEnumerable<string> pointers, decimal? expected, decimal? actual)
    {
        var finding = Create(rule, messageZh + "（仅按截尾取值一致）", messageEn + " It matches only when truncated, not when rounded.", pointers, expected, actual, Severities.Warning);
        truncations.Add(finding);
        return finding;
    }

    /// <summary>Applies the report-wide rounding convention to the findings of one run.</summary>
    public IReadOnlyList<Finding> ApplyRoundingConvention(IEnumerable<Finding> findings)
    {
        var list = findings.ToList();
        if (!RoundingPolicy.TruncatesConsistently(Rounding)) return list;
        return list.Select(f => truncations.Contains(f) ? f with { Severity = Severities.Info, MessageZh = f.MessageZh + "本报告一贯截尾取值。", MessageEn = f.MessageEn + " The report truncates consistently." } : f).ToList();
    }

    /// <summary>True when total and Σ parts can be equal given how precisely each was written.</summary>
    public static bool SumHolds(Figure total, IReadOnlyCollection<Figure> parts, decimal extraTolerance = 0m) =>
        Math.Abs(total.Value - parts.Sum(p => p.Value)) <= total.HalfUnit + parts.Sum(p => p.HalfUnit) + extraTolerance;

    public Finding Create(RuleDescriptor rule, string messageZh, string messageEn, IEnumerable<string> pointers,
        decimal? expected = null, decimal? actual = null, string? severity = null) =>
        new(rule.Id, RulesetVersion, severity ?? rule.DefaultSeverity, rule.TitleEn, rule.TitleZh, messageZh, messageEn,
            pointers.Distinct().ToList(), expected, actual,
            expected is { } e && actual is { } a && SafeMath.Subtract(a, e) is { } gap ? Math.Round(gap, 6, MidpointRounding.AwayFromZero) : null);

    public static string N(decimal value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
