using System.Text;

namespace PerfEval.Domain.Validation;

/// <summary>What a free-text field may hold beyond printable text.</summary>
public enum TextKind
{
    /// <summary>One printable line: names, titles, sources.</summary>
    Line,

    /// <summary>Printable text where line breaks and tabs are allowed: reasons, notes, the texts of a report.</summary>
    Lines,

    /// <summary>One printable line in Unicode NFC without compatibility characters (full-width letters, circled
    /// digits …), so two spellings that look alike and compare alike are one code.</summary>
    Identifier,
}

/// <summary>
/// The one policy for free text: no C0 or C1 control characters (tab, CR and LF only where a field allows line
/// breaks), no bidirectional overrides or isolates (U+202A–U+202E, U+2066–U+2069, which make a text display
/// differently from what it is), no noncharacters (U+FDD0–U+FDEF and the last two code points of every plane, e.g.
/// U+FFFE, U+FFFF), no unpaired surrogates; identifiers also in NFC with no compatibility characters.
/// </summary>
public static class TextPolicy
{
    /// <summary>Why the text breaks the policy for its kind, or null when it keeps it.</summary>
    public static string? Problem(string text, TextKind kind)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (IsNoncharacter(char.ConvertToUtf32(c, text[++i]))) return "contains a noncharacter (such as U+FFFF).";
                continue;
            }
            if (char.IsSurrogate(c)) return "contains invalid UTF-16 (a lone surrogate).";
            if (char.IsControl(c) && !(kind == TextKind.Lines && c is '\t' or '\n' or '\r'))
                return kind == TextKind.Lines ? "contains control characters (only tab and line breaks are allowed)." : "must be one line without control characters.";
            if (IsBidiControl(c)) return "contains a bidirectional override or isolate (U+202A–U+202E, U+2066–U+2069).";
            if (IsNoncharacter(c)) return "contains a noncharacter (such as U+FFFF).";
        }
        // Surrounding white space is not part of an identifier (it is trimmed before it is stored and compared).
        if (kind == TextKind.Identifier && !text.Trim().IsNormalized(NormalizationForm.FormKC))
            return "must be in Unicode NFC without compatibility characters (write full-width letters and digits half-width).";
        return null;
    }

    /// <summary>True for the characters, besides controls, that the policy refuses in every field (BMP only).</summary>
    public static bool IsFormatOrNoncharacter(char c) => IsBidiControl(c) || IsNoncharacter(c);

    private static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    private static bool IsNoncharacter(int codePoint) => codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;
}
