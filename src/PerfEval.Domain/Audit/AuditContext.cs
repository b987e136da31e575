using System.Globalization;

namespace PerfEval.Domain.Audit;

/// <summary>Shared helpers for rules: tolerant comparisons and uniformly built findings.</summary>
public sealed class AuditContext(string rulesetVersion)
{
    public string RulesetVersion { get; } = rulesetVersion;

    /// <summary>True when total and Σ parts can be equal given how precisely each was written.</summary>
    public static bool SumHolds(Figure total, IReadOnlyCollection<Figure> parts, decimal extraTolerance = 0m) =>
        Math.Abs(total.Value - parts.Sum(p => p.Value)) <= total.HalfUnit + parts.Sum(p => p.HalfUnit) + extraTolerance;

    public Finding Create(RuleDescriptor rule, string messageZh, string messageEn, IEnumerable<string> pointers,
        decimal? expected = null, decimal? actual = null, string? severity = null) =>
        new(rule.Id, RulesetVersion, severity ?? rule.DefaultSeverity, rule.TitleEn, rule.TitleZh, messageZh, messageEn,
            pointers.Distinct().ToList(), expected, actual,
            expected is { } e && actual is { } a ? Math.Round(a - e, 6, MidpointRounding.AwayFromZero) : null);

    public static string N(decimal value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
