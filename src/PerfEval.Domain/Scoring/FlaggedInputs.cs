using PerfEval.Domain.Audit;
using PerfEval.Domain.Reports;

namespace PerfEval.Domain.Scoring;

/// <summary>Which figures each score item reads, and which audit findings make those figures doubtful.</summary>
internal static class FlaggedInputs
{
    /// <summary>Categories whose warnings and errors mean "this figure may be wrong": slips and contradictions, not
    /// completeness or plausibility notes.</summary>
    private static readonly HashSet<string> Doubting =
        [RuleCategories.Unit, RuleCategories.Identity, RuleCategories.Duplicate, RuleCategories.Share, RuleCategories.Rate];

    public static ScoreResult Mark(ScoreResult result, ReportDocument document, ScoringProfile profile, IReadOnlyList<Finding> findings)
    {
        var doubting = findings.Where(f => f.Severity != Severities.Info && Doubting.Contains(RuleCatalog.Find(f.RuleId)?.Descriptor.Category ?? "")).ToList();
        if (doubting.Count == 0) return result;
        var table = profile.Kind == ProfileKinds.CommonIndicators ? null : ScoredTable.Of(document);
        var items = result.Items.Select(item =>
        {
            var inputs = Inputs(item, profile, table);
            var ids = doubting.Where(f => f.Pointers.Any(p => inputs.Any(i => Covers(i, p)))).Select(FindingIds.Of).Distinct().ToList();
            return ids.Count == 0 ? item : item with { Uncertain = true, UncertainFindings = ids };
        }).ToList();
        return result with { Items = items };
    }

    private static IReadOnlyList<string> Inputs(ScoreItem item, ScoringProfile profile, ScoredTable? table)
    {
        if (profile.Kind == ProfileKinds.CommonIndicators)
            return profile.Indicators.FirstOrDefault(r => r.Name == item.Indicator) is { } rule && CommonIndicatorFormulas.Find(rule.Formula) is { } formula ? formula.Inputs : [];
        if (table is null) return [];
        if (item.Method == ScoreMethods.BudgetExecution)
            return [$"/indicatorTables/{table.Index}/budgetExecution/executed", $"/indicatorTables/{table.Index}/budgetExecution/fullYearBudget"];
        return table.RowByLevel3.TryGetValue(item.Indicator, out var row) ? [$"/indicatorTables/{table.Index}/indicators/{row}"] : [];
    }

    /// <summary>The table the self-evaluation scorer reads and, per 三级指标, the index of its first row: looked up once,
    /// not once per score item.</summary>
    private sealed record ScoredTable(int Index, Dictionary<string, int> RowByLevel3)
    {
        public static ScoredTable? Of(ReportDocument document)
        {
            var tables = document.IndicatorTables ?? [];
            for (var i = 0; i < tables.Count; i++)
            {
                var table = tables[i];
                if (table.Indicators is not { Count: > 0 } && table.BudgetExecution is null) continue;
                var rows = new Dictionary<string, int>(StringComparer.Ordinal);
                var indicators = table.Indicators ?? [];
                for (var row = 0; row < indicators.Count; row++)
                    if (indicators[row].Level3 is { } level3) rows.TryAdd(level3, row);
                return new ScoredTable(i, rows);
            }
            return null;
        }
    }

    /// <summary>True when the finding's pointer is the input or inside it ("/sanGong/actual/total/value" under "/sanGong/actual/total").</summary>
    private static bool Covers(string input, string pointer)
    {
        var inputTokens = input.AsSpan().Split('/');
        var pointerTokens = pointer.AsSpan().Split('/');
        while (inputTokens.MoveNext())
        {
            if (!pointerTokens.MoveNext()) return false;
            var token = input.AsSpan(inputTokens.Current);
            if (!token.SequenceEqual("*") && !token.SequenceEqual(pointer.AsSpan(pointerTokens.Current))) return false;
        }
        return true;
    }
}
