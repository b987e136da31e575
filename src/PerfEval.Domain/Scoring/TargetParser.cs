using System.Globalization;
using System.Text.RegularExpressions;

namespace PerfEval.Domain.Scoring;

/// <summary>A target or actual value split into comparison, number and unit; <see cref="Parsed"/> is false for text like "有所提升".</summary>
public sealed record ParsedTarget(string? Operator, decimal? Value, string? Unit, bool Parsed)
{
    public static readonly ParsedTarget None = new(null, null, null, false);

    /// <summary>"≤" and "&lt;" targets are negative (lower is better).</summary>
    public bool IsNegative => Operator is "<=" or "<";
}

/// <summary>
/// Parses targets written as text: "≥90%", "≤15%", "6场", "800件", "不低于95%", "20个课时以上", "100%". A value that is a
/// date, a deadline ("2022年底前") or words ("有所提升") is not parsed and is scored as qualitative.
/// </summary>
public static partial class TargetParser
{
    public static ParsedTarget Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return ParsedTarget.None;
        var value = text.Trim().Replace('，', ',').Replace('％', '%');
        if (DeadlineWords().IsMatch(value)) return ParsedTarget.None;

        var match = Quantity().Match(value);
        if (!match.Success) return ParsedTarget.None;
        // Digits beyond decimal's range are not a target anyone can meet: text, not a number.
        if (!decimal.TryParse(match.Groups["number"].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
            return ParsedTarget.None;
        var unit = match.Groups["unit"].Value.Trim();
        var op = match.Groups["op"].Value switch
        {
            "≥" or ">=" or "不低于" or "不少于" or "至少" => ">=",
            "≤" or "<=" or "不高于" or "不超过" or "不多于" or "低于" => "<=",
            ">" or "大于" or "超过" or "高于" => ">",
            "<" or "小于" or "少于" => "<",
            _ => null,
        };
        var suffix = match.Groups["suffix"].Value;
        op ??= suffix switch
        {
            "以上" or "及以上" => ">=",
            "以下" or "及以下" or "以内" => "<=",
            _ => "=",
        };
        return new ParsedTarget(op, number, unit.Length == 0 ? null : unit, true);
    }

    [GeneratedRegex(@"\A(?<op>≥|>=|≤|<=|>|<|不低于|不少于|至少|不高于|不超过|不多于|低于|大于|超过|高于|小于|少于)?\s*(?<number>\d[\d,]*(?:\.\d+)?)\s*(?<unit>%|‰|[个件场人次份名户起宗项篇条处天日月年万元课时小时分家期例]*)\s*(?<suffix>及以上|以上|及以下|以下|以内)?\z")]
    private static partial Regex Quantity();

    [GeneratedRegex(@"(年底|年末|月底|日前|之前|以前|前完成|年度内)")]
    private static partial Regex DeadlineWords();
}
