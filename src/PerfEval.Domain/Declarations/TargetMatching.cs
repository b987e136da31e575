using System.Text;
using PerfEval.Domain.Reports;
using PerfEval.Domain.Scoring;

namespace PerfEval.Domain.Declarations;

/// <summary>A declared indicator and the 自评表 row that evaluates it, with their JSON pointers.</summary>
public sealed record IndicatorPair(DeclaredIndicator Declared, string DeclarationPointer, Indicator Stated, string ReportPointer)
{
    public string Name => Declared.Level3;
}

/// <summary>A declared indicator no 自评表 row evaluates.</summary>
public sealed record DroppedIndicator(DeclaredIndicator Declared, string DeclarationPointer, string ReportPointer);

/// <summary>A 自评表 row that evaluates no declared indicator.</summary>
public sealed record AddedIndicator(Indicator Stated, string ReportPointer, string DeclarationPointer);

/// <summary>How one self-evaluation lines up with the approved declaration of its year.</summary>
public sealed record TargetComparison(
    IReadOnlyList<IndicatorPair> Matched,
    IReadOnlyList<DroppedIndicator> Dropped,
    IReadOnlyList<AddedIndicator> Added,
    IReadOnlyDictionary<int, int> TableOfSet);

/// <summary>
/// Lines up declared target sets with the report's 绩效自评表 (department with department, a project with the table of
/// the same 项目名称; one set and one table go together whatever their names) and, inside them, indicators by their
/// 一级/二级/三级 names, compared without white space and closing punctuation.
/// </summary>
public static class TargetMatching
{
    public static string SetKey(TargetSet set) => set.Subject + "|" + (set.Subject == TargetSubjects.Project ? Normalize(set.ProjectName) : "");

    public static string IndicatorKey(string? level1, string? level2, string? level3) => $"{Normalize(level1)}|{Normalize(level2)}|{Normalize(level3)}";

    public static TargetComparison Compare(ReportDocument report, DeclarationDocument declaration)
    {
        var tables = report.IndicatorTables ?? [];
        var tableOfSet = new Dictionary<int, int>();
        for (var s = 0; s < declaration.TargetSets.Count; s++)
            if (TableFor(declaration.TargetSets[s], tables, declaration.TargetSets.Count) is { } t && !tableOfSet.ContainsValue(t))
                tableOfSet[s] = t;

        var matched = new List<IndicatorPair>();
        var dropped = new List<DroppedIndicator>();
        var added = new List<AddedIndicator>();
        for (var s = 0; s < declaration.TargetSets.Count; s++)
        {
            var set = declaration.TargetSets[s];
            var setPointer = $"/targetSets/{s}";
            if (!tableOfSet.TryGetValue(s, out var t))
            {
                dropped.AddRange(set.Indicators.Select((d, i) => new DroppedIndicator(d, $"{setPointer}/indicators/{i}", "/indicatorTables")));
                continue;
            }
            var rows = (tables[t].Indicators ?? []).Select((row, i) => (row, i)).Where(r => r.row.Level3 is not null).ToList();
            var byKey = rows.GroupBy(r => IndicatorKey(r.row.Level1, r.row.Level2, r.row.Level3)).ToDictionary(g => g.Key, g => g.First());
            var used = new HashSet<int>();
            foreach (var (declared, i) in set.Indicators.Select((d, i) => (d, i)))
            {
                var pointer = $"{setPointer}/indicators/{i}";
                if (byKey.TryGetValue(IndicatorKey(declared.Level1, declared.Level2, declared.Level3), out var row) && used.Add(row.i))
                    matched.Add(new IndicatorPair(declared, pointer, row.row, $"/indicatorTables/{t}/indicators/{row.i}"));
                else
                    dropped.Add(new DroppedIndicator(declared, pointer, $"/indicatorTables/{t}/indicators"));
            }
            added.AddRange(rows.Where(r => !used.Contains(r.i)).Select(r => new AddedIndicator(r.row, $"/indicatorTables/{t}/indicators/{r.i}", $"{setPointer}/indicators")));
        }
        return new TargetComparison(matched, dropped, added, tableOfSet);
    }

    private static int? TableFor(TargetSet set, IReadOnlyList<IndicatorTable> tables, int setCount)
    {
        for (var t = 0; t < tables.Count; t++)
        {
            var table = tables[t];
            if (table.Subject != set.Subject) continue;
            if (set.Subject == TargetSubjects.Department || Normalize(table.ProjectName) == Normalize(set.ProjectName)) return t;
        }
        var withRows = Enumerable.Range(0, tables.Count).Where(t => tables[t].Indicators is { Count: > 0 }).ToList();
        return setCount == 1 && withRows.Count == 1 ? withRows[0] : null;
    }

    /// <summary>The comparison, number and unit of a target: as stated where stated, else parsed from its text.</summary>
    public static ParsedTarget Value(StatedValue? value)
    {
        if (value is null) return ParsedTarget.None;
        var parsed = TargetParser.Parse(value.Text);
        if (value.Value is null) return parsed;
        return new ParsedTarget(value.Operator ?? parsed.Operator ?? "=", value.Value, value.Unit ?? parsed.Unit, true);
    }

    public static string Normalize(string? text)
    {
        if (text is null) return "";
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
            if (!char.IsWhiteSpace(c)) builder.Append(c);
        return builder.ToString().TrimEnd('。', '.', '；', ';', '，', ',');
    }
}
