namespace PerfEval.Domain.Agencies;

/// <summary>
/// 统一社会信用代码 (GB 32100-2015): 18 characters from 0-9 and A-Y without I, O, S, V, Z; the 18th is a check
/// character: weights 3^(i-1) mod 31, C18 = 31 − (Σ Ci·Wi mod 31), 31 → 0 (see shared domain notes §6.2).
/// </summary>
public static class CreditCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    public static bool IsValid(string? code)
    {
        if (code is null || code.Length != 18) return false;
        var expected = CheckCharacter(code[..17]);
        return expected is not null && expected == code[17];
    }

    /// <summary>The check character for a 17-character prefix, or null when the prefix has a character outside the alphabet.</summary>
    public static char? CheckCharacter(string prefix)
    {
        if (prefix.Length != 17) return null;
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var value = Alphabet.IndexOf(prefix[i], StringComparison.Ordinal);
            if (value < 0) return null;
            sum += value * Weights[i];
        }
        var check = 31 - sum % 31;
        return Alphabet[check == 31 ? 0 : check];
    }
}
