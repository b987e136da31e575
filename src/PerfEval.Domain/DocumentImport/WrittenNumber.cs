using System.Globalization;
using System.Text.RegularExpressions;

namespace PerfEval.Domain.DocumentImport;

/// <summary>
/// A number as the report writes it: <see cref="Start"/>..<see cref="End"/> spans digits, any 余/多 and the unit in the
/// paragraph; <see cref="Digits"/> are the digits as written ("3,622.4", "0.00"); <see cref="Unit"/> the unit as written
/// (万元, 元, %, 件, 人次 …) or null; <see cref="Qualifier"/> "moreThan" for 余/多, "approx" for a preceding 约.
/// </summary>
public sealed record WrittenNumber(int Start, int End, string Digits, decimal Value, string? Unit, string? Qualifier)
{
    /// <summary>Digits, 余 and unit as they stand in the text ("620余人", "1,188.56 万元").</summary>
    public string Written(string paragraph) => paragraph[Start..End];

    public bool IsMoney => Unit is "万元" or "元" or "亿元" or "万";

    public bool IsPercent => Unit is "%" or "％";
}

/// <summary>
/// Finds the numbers of a paragraph. Years, dates, document numbers (〔2019〕8号) and list numbering (1、 (2)) are not
/// figures and are skipped; everything else is returned, with its unit when one follows.
/// </summary>
public static partial class NumberScanner
{
    public static IReadOnlyList<WrittenNumber> Scan(string text)
    {
        var found = new List<WrittenNumber>();
        foreach (Match m in NumberPattern().Matches(text))
        {
            var digits = m.Groups["num"].Value;
            if (!decimal.TryParse(digits.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
                continue;
            var after = m.Index + m.Length;
            var unit = m.Groups["unit"].Success ? m.Groups["unit"].Value : null;
            if (IsNotAFigure(text, m.Index, m.Groups["num"].Index + digits.Length, digits, unit)) continue;
            var qualifier = m.Groups["more"].Success ? "moreThan" : Preceded(text, m.Index, "约") ? "approx" : null;
            // "以上" after a count is also "more than" (8 个（含）以上 is kept as written).
            if (qualifier is null && text.AsSpan(after).TrimStart().StartsWith("以上", StringComparison.Ordinal)) qualifier = "atLeast";
            // "20 个课时": 个 is the measure word of the unit 课时.
            found.Add(new WrittenNumber(m.Index, after, digits, value, unit switch { "％" => "%", "个课时" => "课时", _ => unit }, qualifier));
        }
        return found;
    }

    private static bool IsNotAFigure(string text, int start, int digitsEnd, string digits, string? unit)
    {
        var next = digitsEnd < text.Length ? text[digitsEnd] : '\0';
        var nextNonSpace = NextNonSpace(text, digitsEnd);
        // Years: 2023年, 2022 年度, 2019-2023; months and days of a date (5 月 9 日).
        if (digits.Length == 4 && digits is ['1' or '2', ..] && (nextNonSpace is '年' or '-' or '—' or '〕' or ']' or '）' or ')' || Preceded(text, start, "〔") || Preceded(text, start, "[")))
            return true;
        if (unit is null && nextNonSpace is '月' or '日' or '号') return true;
        if (unit is null && next is '.' or '．' && digits.Length <= 2 && OnlyMarkupBefore(text, start)) return true;
        // List numbering at the start of a paragraph or after a bracket: 1、 (2) （3） 1.
        if (nextNonSpace is '、' && unit is null) return true;
        if (unit is null && Preceded(text, start, "（") | Preceded(text, start, "(") && nextNonSpace is '）' or ')') return true;
        // Part of a document or hotline code written without unit next to Latin letters (H5, 12348 is kept).
        if (start > 0 && char.IsAsciiLetter(text[start - 1])) return true;
        return false;
    }

    private static bool OnlyMarkupBefore(string text, int start)
    {
        for (var i = 0; i < start; i++)
            if (text[i] is not ('#' or '*' or ' ' or '\t' or '\u3000')) return false;
        return true;
    }

    private static char NextNonSpace(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
            if (!char.IsWhiteSpace(text[i])) return text[i];
        return '\0';
    }

    private static bool Preceded(string text, int start, string what)
    {
        var i = start - 1;
        while (i >= 0 && text[i] == ' ') i--;
        return i - what.Length + 1 >= 0 && string.CompareOrdinal(text, i - what.Length + 1, what, 0, what.Length) == 0;
    }

    [GeneratedRegex(@"(?<![\d.．,])(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:[ \u00a0]*(?<more>余|多))?(?:[ \u00a0]*(?<unit>万人次|万元|亿元|万册|万份|人次|件次|户次|场次|小时|个课时|课时|万|元|%|％|‰|人|件|次|个|场|期|名|家|宗|份|条|篇|户|所|项|批|本|册|起|分|天|台|辆|套|处|支|座|类|部|单|卷|课|届|轮|张|幅|块))?", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();
}
