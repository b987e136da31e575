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
                candidate = name[..Math.Min(name.Length, MaxLength - suffix.Length)] + suffix;
            }
            names.Add(candidate);
        }
        return names;
    }

    private static string Clean(string text)
    {
        var cleaned = new string(text.Where(c => !Forbidden.Contains(c) && !char.IsControl(c)).ToArray()).Trim().Trim('\'');
        if (cleaned.Length > MaxLength) cleaned = cleaned[..MaxLength];
        return cleaned.Length == 0 ? "自评表" : cleaned;
    }
}
