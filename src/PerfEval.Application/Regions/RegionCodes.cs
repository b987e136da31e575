using System.Text.RegularExpressions;

namespace PerfEval.Application.Regions;

/// <summary>
/// GB/T 2260 administrative division codes: exactly six digits (\z, not $, so a trailing newline is refused), read
/// as three pairs: province XX0000, prefecture XXYY00, county-level XXYYZZ.
/// </summary>
public static partial class RegionCodes
{
    /// <summary>全国: the whole country, above every province. It names the national scope and is never a region row.</summary>
    public const string National = "000000";

    public static bool IsWellFormed(string code) => SixDigits().IsMatch(code);

    /// <summary>
    /// Why <paramref name="code"/> cannot hang under <paramref name="parentCode"/> (null for a new top-level region),
    /// or null when the two are consistent: a top-level region is a province (XX0000); under a province come its
    /// prefectures (XXYY00) and the county-level units it administers directly (XXYYZZ, e.g. 429004 仙桃市 under
    /// 420000); under a prefecture its county-level units (XXYYZZ); nothing comes under a county-level unit.
    /// </summary>
    public static string? InconsistencyWith(string code, string? parentCode)
    {
        if (parentCode is null)
            return code.EndsWith("0000", StringComparison.Ordinal) ? null : "A region without a parent is a province: its code ends in 0000.";
        if (!parentCode.EndsWith("00", StringComparison.Ordinal))
            return $"{parentCode} is a county-level region; GB/T 2260 has no level below it.";
        var shared = parentCode.EndsWith("0000", StringComparison.Ordinal) ? 2 : 4;
        return code.StartsWith(parentCode[..shared], StringComparison.Ordinal) && !code.EndsWith(shared == 2 ? "0000" : "00", StringComparison.Ordinal)
            ? null
            : shared == 2
                ? $"Under province {parentCode} a code starts with {parentCode[..2]} and is a prefecture ({parentCode[..2]}YY00) or county-level unit ({parentCode[..2]}YYZZ)."
                : $"Under prefecture {parentCode} a code is a county-level unit: {parentCode[..4]}ZZ with ZZ from 01 to 99.";
    }

    [GeneratedRegex(@"\A[0-9]{6}\z")]
    private static partial Regex SixDigits();
}
