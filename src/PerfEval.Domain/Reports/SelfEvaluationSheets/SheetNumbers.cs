using System.Globalization;

namespace PerfEval.Domain.Reports.SelfEvaluationSheets;

/// <summary>Numbers in sheet cells: Excel's binary floating artefacts removed, text read as written.</summary>
public static class SheetNumbers
{
    /// <summary>Excel (IEEE double) keeps 15 significant digits; 265.57999999999998 is 265.58.</summary>
    public const int SignificantDigits = 15;

    /// <summary>Dashes and slashes a form uses for "nothing here" (–, —, -, /, 无).</summary>
    private static readonly HashSet<string> NothingMarks = ["-", "－", "–", "—", "——", "/", "／", "无", "\\"];

    /// <summary>
    /// A number stored in a numeric cell. Beyond 15 significant digits it is a binary artefact: rounded to 15 and its
    /// trailing zeros dropped. Otherwise its digits are kept as stored ("1092.90" stays 1092.90).
    /// </summary>
    public static decimal FromStored(decimal number)
    {
        if (number == 0) return 0m;
        if (SignificantDigitsOf(number) <= SignificantDigits) return number;
        var integerDigits = (int)Math.Floor(Math.Log10((double)Math.Abs(number))) + 1;
        var decimals = SignificantDigits - integerDigits;
        if (decimals >= 0) return Normalize(Math.Round(number, Math.Min(decimals, 28), MidpointRounding.AwayFromZero));
        var scale = Pow10(-decimals);
        return Math.Round(number / scale, MidpointRounding.AwayFromZero) * scale;
    }

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++) result *= 10m;
        return result;
    }

    private static int SignificantDigitsOf(decimal number) =>
        Math.Abs(number).ToString(CultureInfo.InvariantCulture).Replace(".", "", StringComparison.Ordinal).TrimStart('0').Length;

    /// <summary>Drops trailing zeros after the point (1092.900 → 1092.9): for stored numbers, which have no written digits.</summary>
    public static decimal Normalize(decimal number) => number / 1.0000000000000000000000000000m;

    /// <summary>Digits as text ("115", "265.58", "1,092.90", "－3"): the value with the digits kept (1092.90 stays 1092.90).</summary>
    public static bool TryParseText(string? text, out decimal number)
    {
        number = 0;
        if (text is null) return false;
        var cleaned = SheetLabels.RemoveWhitespace(text).Replace('－', '-').Replace('，', ',').Replace('．', '.');
        if (cleaned.Length == 0 || cleaned.Length > 40) return false;
        if (cleaned.Contains(',', StringComparison.Ordinal) && !ThousandsGroupsValid(cleaned)) return false;
        return decimal.TryParse(cleaned.Replace(",", "", StringComparison.Ordinal),
            NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number);
    }

    /// <summary>A cell that states "nothing" (empty, or a dash, slash or 无).</summary>
    public static bool IsNothing(SheetCell? cell) =>
        cell is null || cell.IsEmpty || (cell.Number is null && NothingMarks.Contains(SheetLabels.RemoveWhitespace(cell.Text!)));

    /// <summary>Invariant text of a number as a person reads it (no exponent, no trailing zeros beyond those kept).</summary>
    public static string Format(decimal number) => number.ToString(CultureInfo.InvariantCulture);

    private static bool ThousandsGroupsValid(string text)
    {
        var integer = text.TrimStart('-', '+').Split('.')[0];
        var groups = integer.Split(',');
        return groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(g => g.Length == 3);
    }
}
