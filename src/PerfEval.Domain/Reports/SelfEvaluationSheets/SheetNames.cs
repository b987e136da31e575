namespace PerfEval.Domain.Reports.SelfEvaluationSheets;

/// <summary>Worksheet names for tables: the 项目支出名称, made a legal sheet name (≤ 31 characters, none of []:*?/\) and unique.</summary>
public static class SheetNames
{
    public const int MaxLength = 31;
    private static readonly char[] Forbidden = ['[', ']', ':', '*', '?', '/', '\\'];

    public static IReadOnlyList<string> For(IReadOnlyList<IndicatorTable> tables)
    {
        var names = new List<string>();
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var table in tables)
        {
            var name = Clean(table.ProjectName ?? (table.Subject == "department" ? "部门整体支出" : "自评表"));
            var candidate = name;
            for (var n = 2; !taken.Add(candidate); n++)
            {
                var suffix = $"({n})";
                candidate = Truncate(name, MaxLength - suffix.Length) + suffix;
            }
            names.Add(candidate);
        }
        return names;
    }

    private static string Clean(string text)
    {
        var kept = new System.Text.StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) kept.Append(c).Append(text[++i]);
            else if (!char.IsSurrogate(c) && !Forbidden.Contains(c) && !char.IsControl(c) && c is not ('\uFFFE' or '\uFFFF')) kept.Append(c);
        }
        var cleaned = Truncate(kept.ToString().Trim().Trim('\''), MaxLength);
        return cleaned.Length == 0 ? "自评表" : cleaned;
    }

    /// <summary>At most <paramref name="length"/> UTF-16 units, never splitting a surrogate pair.</summary>
    private static string Truncate(string text, int length)
    {
        if (text.Length <= length) return text;
        return char.IsHighSurrogate(text[length - 1]) ? text[..(length - 1)] : text[..length];
    }
}
