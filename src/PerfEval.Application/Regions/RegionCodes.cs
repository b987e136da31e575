using System.Text.RegularExpressions;

namespace PerfEval.Application.Regions;

/// <summary>GB/T 2260 administrative division codes: exactly six digits (\z, not $, so a trailing newline is refused).</summary>
public static partial class RegionCodes
{
    public static bool IsWellFormed(string code) => SixDigits().IsMatch(code);

    [GeneratedRegex(@"\A[0-9]{6}\z")]
    private static partial Regex SixDigits();
}
