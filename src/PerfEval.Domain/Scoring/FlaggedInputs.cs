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

    /// <summary>The figures each common-indicator formula reads ("*" stands for any list index).</summary>
    private static readonly Dictionary<string, string[]> FormulaInputs = new()
    {
        ["inServiceOverQuota"] = ["/staffing/inService", "/staffing/quotaTotal"],
        ["sanGongChange"] = ["/sanGong/budget/total", "/sanGong/priorYearBudget/total", "/sanGong/actual/total", "/sanGong/priorYearActual/total"],
        ["sanGongActualOverBudget"] = ["/sanGong/actual/total", "/sanGong/budget/total"],
        ["finalOverBudget"] = ["/finance/final/expenditure/total", "/finance/budget/expenditure/total"],
        ["adjustmentOverBudget"] = ["/finance/fullYearBudget/expenditure/total", "/finance/budget/expenditure/total", "/projects/*/initialBudget", "/projects/*/adjustmentIncrease", "/projects/*/adjustmentDecrease"],
        ["carryOverOverSpending"] = ["/finance/generalPublicBudget/expenditure/total", "/finance/final/expenditure/total", "/finance/final/expenditure/carryOut", "/projects/*/carryOut"],
        ["publicFundsActualOverBudget"] = ["/finance/final/expenditure/publicFunds", "/finance/budget/expenditure/publicFunds"],
        ["procurementActualOverBudget"] = ["/procurement/total", "/procurement/budget"],
        ["fixedAssetsInUseOverTotal"] = ["/assets/fixedAssetsInUse", "/assets/fixedAssetsOriginalValue"],
    };

    public static ScoreResult Mark(ScoreResult result, ReportDocument document, ScoringProfile profile, IReadOnlyList<Finding> findings)
    {
        var doubting = findings.Where(f => f.Severity != Severities.Info && Doubting.Contains(RuleCatalog.Find(f.RuleId)?.Descriptor.Category ?? "")).ToList();
        if (doubting.Count == 0) return result;
        var items = result.Items.Select(item =>
        {
            var inputs = Inputs(item, document, profile);
            var ids = doubting.Where(f => f.Pointers.Any(p => inputs.Any(i => Covers(i, p)))).Select(FindingIds.Of).Distinct().ToList();
            return ids.Count == 0 ? item : item with { Uncertain = true, UncertainFindings = ids };
        }).ToList();
        return result with { Items = items };
    }

    private static IReadOnlyList<string> Inputs(ScoreItem item, ReportDocument document, ScoringProfile profile)
    {
        if (profile.Kind == ProfileKinds.CommonIndicators)
            return profile.Indicators.FirstOrDefault(r => r.Name == item.Indicator) is { } rule && FormulaInputs.TryGetValue(rule.Formula, out var inputs) ? inputs : [];
        var tables = document.IndicatorTables ?? [];
        var t = tables.Select((table, i) => (table, i)).FirstOrDefault(x => x.table.Indicators is { Count: > 0 } || x.table.BudgetExecution is not null);
        if (t.table is null) return [];
        if (item.Method == ScoreMethods.BudgetExecution)
            return [$"/indicatorTables/{t.i}/budgetExecution/executed", $"/indicatorTables/{t.i}/budgetExecution/fullYearBudget"];
        var row = (t.table.Indicators ?? []).Select((indicator, i) => (indicator, i)).FirstOrDefault(x => x.indicator.Level3 == item.Indicator);
        return row.indicator is null ? [] : [$"/indicatorTables/{t.i}/indicators/{row.i}"];
    }

    /// <summary>True when the finding's pointer is the input or inside it ("/sanGong/actual/total/value" under "/sanGong/actual/total").</summary>
    private static bool Covers(string input, string pointer)
    {
        var a = input.Split('/');
        var b = pointer.Split('/');
        if (b.Length < a.Length) return false;
        for (var i = 0; i < a.Length; i++)
            if (a[i] != "*" && a[i] != b[i]) return false;
        return true;
    }
}
