using System.Globalization;
using PerfEval.Domain.Reports;

namespace PerfEval.Domain.Scoring;

/// <summary>Recomputes a 绩效自评表 item by item (profile kind selfEvaluationTable).</summary>
internal static class SelfEvaluationScorer
{
    public static ScoreResult Score(ReportDocument document, ScoringProfile profile)
    {
        var table = document.IndicatorTables?.FirstOrDefault(t => t.Indicators is { Count: > 0 } || t.BudgetExecution is not null);
        var selfTotal = table?.TotalScore ?? document.SelfEvaluation?.Score;
        var selfGrade = document.SelfEvaluation?.Grade is { } written ? Grades.Normalise(written, profile.Grades) ?? written : null;
        if (table is null)
        {
            return new ScoreResult(profile.Id, profile.Version, null, null, selfTotal, selfGrade, null, [],
                [new InsufficientData("绩效自评表", "The report has no indicator table (绩效自评表); there is nothing to recompute.")], []);
        }

        var items = new List<ScoreItem>();
        var insufficient = new List<InsufficientData>();
        var notes = new List<string>();

        if (BudgetExecution(table.BudgetExecution, profile, insufficient) is { } execution) items.Add(execution);
        foreach (var indicator in table.Indicators ?? [])
        {
            if (indicator.Weight is null)
            {
                if (indicator.Level3 is null) notes.Add($"{indicator.Level1} / {indicator.Level2}: no indicator set; not applicable, dropped and the rest rescaled.");
                else insufficient.Add(new InsufficientData(indicator.Level3, "The row states no weight (分值)."));
                continue;
            }
            if (indicator.Weight < 0)
            {
                insufficient.Add(new InsufficientData(indicator.Level3 ?? indicator.Level2 ?? "指标", $"The row states a negative weight (分值 {indicator.Weight}); it cannot be scored."));
                continue;
            }
            var item = Indicator(indicator, profile, insufficient);
            if (item is not null) items.Add(item);
        }
        notes.AddRange(Level1WeightNotes(table, profile));

        var total = ScoringEngine.RescaledTotal(items);
        var grade = Grades.For(total, profile.Grades);
        return new ScoreResult(profile.Id, profile.Version, total, grade, selfTotal, selfGrade,
            total is { } t && selfTotal is { } s ? Rounding.Round2(t - s) : null, items, insufficient, notes);
    }

    private static ScoreItem? BudgetExecution(BudgetExecutionRow? row, ScoringProfile profile, List<InsufficientData> insufficient)
    {
        const string name = "预算执行率";
        var weight = row?.Weight ?? profile.BudgetExecutionWeight;
        var executed = TenThousand(row?.Executed);
        var budget = TenThousand(row?.FullYearBudget);
        if (executed is null || budget is not > 0)
        {
            insufficient.Add(new InsufficientData(name, "全年执行数 and 全年预算数 are both needed."));
            return null;
        }
        var rate = executed.Value / budget.Value;
        var score = BudgetExecutionPoints(weight, rate);
        return new ScoreItem(name, weight, Text(row!.FullYearBudget), Text(row.Executed), ScoreMethods.BudgetExecution, score, row.Score,
            $"执行率 = {executed}/{budget} = {Percent(rate)}; score = {weight} × min(1, rate).", Differs(score, row.Score));
    }

    /// <summary>The 预算执行率 item's points: weight × min(1, 全年执行数/全年预算数) (<paramref name="rate"/> as a fraction);
    /// also how a monitoring period's forecast of the year-end rate is scored.</summary>
    internal static decimal BudgetExecutionPoints(decimal weight, decimal rate) => Rounding.Round2(weight * Math.Min(1m, rate));

    private static ScoreItem? Indicator(Indicator indicator, ScoringProfile profile, List<InsufficientData> insufficient)
    {
        var name = indicator.Level3 ?? indicator.Level2 ?? indicator.Level1;
        var weight = indicator.Weight!.Value;
        var targetText = indicator.Target?.Text;
        var actualText = indicator.Actual?.Text;
        var target = TargetParser.Parse(targetText);
        var actual = TargetParser.Parse(actualText);

        if (target is { Parsed: true, Value: > 0 } && actual is { Parsed: true, Value: not null })
        {
            var negative = target.IsNegative;
            var ratio = negative
                ? (actual.Value == 0 ? 1m : target.Value!.Value / actual.Value!.Value)
                : actual.Value!.Value / target.Value!.Value;
            var score = Rounding.Round2(weight * Math.Min(1m, ratio));
            var formula = negative ? "target/actual" : "actual/target";
            return new ScoreItem(name, weight, targetText, actualText, negative ? ScoreMethods.QuantitativeNegative : ScoreMethods.QuantitativePositive,
                score, indicator.Score, $"{formula} = {Percent(ratio)}; score = {weight} × min(1, ratio).", Differs(score, indicator.Score));
        }

        var why = target.Parsed ? "the actual value is not a number" : $"the target '{targetText}' is not a number";
        var band = BandFor(actualText, profile);
        if (band is null)
        {
            insufficient.Add(new InsufficientData(name, $"Scored as qualitative because {why}, but the actual value '{actualText}' does not say whether the target was met."));
            return new ScoreItem(name, weight, targetText, actualText, ScoreMethods.QualitativeBand, null, indicator.Score,
                $"Qualitative ({why}); achievement unclear.", false);
        }

        var low = Rounding.Round2(weight * band.Min);
        var high = Rounding.Round2(weight * band.Max);
        var range = $"{band.Name}: {low}–{high}";
        if (indicator.Score is not { } self)
        {
            insufficient.Add(new InsufficientData(name, $"Qualitative ({why}); band {range}, but there is no self-score to check against it."));
            return new ScoreItem(name, weight, targetText, actualText, ScoreMethods.QualitativeBand, null, null, $"Qualitative ({why}); band {range}.", false);
        }
        var inside = self >= low && self <= high;
        var clamped = Math.Clamp(self, low, high);
        return new ScoreItem(name, weight, targetText, actualText, ScoreMethods.QualitativeBand, clamped, self,
            inside ? $"Qualitative ({why}); self-score {self} lies in band {range} and is accepted."
                   : $"Qualitative ({why}); self-score {self} lies outside band {range}; clamped to {clamped}.",
            !inside);
    }

    private static QualitativeBand? BandFor(string? actual, ScoringProfile profile)
    {
        if (string.IsNullOrWhiteSpace(actual)) return null;
        // Bands are listed from worst to best, so "未完成" is read as 未达成 before "完成" can match 达成.
        return profile.QualitativeBands.FirstOrDefault(b => b.Words.Any(w => actual.Contains(w, StringComparison.Ordinal)));
    }

    private static IEnumerable<string> Level1WeightNotes(IndicatorTable table, ScoringProfile profile)
    {
        foreach (var rule in profile.Level1Weights)
        {
            var sum = (table.Indicators ?? []).Where(i => i.Level1.StartsWith(rule.Name, StringComparison.Ordinal)).Sum(i => i.Weight ?? 0m);
            if (sum != rule.Weight) yield return $"{rule.Name}: the table's weights add up to {sum}, the profile expects {rule.Weight}.";
        }
    }

    private static bool Differs(decimal score, decimal? self) => self is { } s && Math.Abs(s - score) > 0.005m;

    private static decimal? TenThousand(Money? money) =>
        money?.Value is { } v ? MoneyUnits.ToTenThousandYuan(v, money.Unit) : null;

    private static string? Text(Money? money) => money?.Value is { } v ? $"{v.ToString(CultureInfo.InvariantCulture)}{money.Unit}" : money?.Text;

    private static string Percent(decimal ratio) => Rounding.Round2(ratio * 100m).ToString(CultureInfo.InvariantCulture) + "%";
}
