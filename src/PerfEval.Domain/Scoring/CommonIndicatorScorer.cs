using System.Globalization;
using PerfEval.Domain.Reports;

namespace PerfEval.Domain.Scoring;

/// <summary>Computes the 部门整体支出 common indicators from a report's own figures (profile kind commonIndicators).</summary>
internal static class CommonIndicatorScorer
{
    public static ScoreResult Score(ReportDocument document, ScoringProfile profile)
    {
        var items = new List<ScoreItem>();
        var insufficient = new List<InsufficientData>();
        foreach (var rule in profile.Indicators)
        {
            var value = CommonIndicatorFormulas.Compute(rule.Formula, document);
            if (value.Percent is not { } percent)
            {
                insufficient.Add(new InsufficientData(rule.Name, value.Explanation));
                continue;
            }
            var score = rule.Scoring switch
            {
                ScoreMethods.Ceiling => Rounding.Round2(Math.Max(0m, rule.Weight - Math.Max(0m, percent - (rule.Threshold ?? 100m)) * (rule.DeductionPerPoint ?? 0m))),
                ScoreMethods.RatioCap => Rounding.Round2(rule.Weight * Math.Min(1m, Math.Max(0m, percent) / 100m)),
                _ => (decimal?)null,
            };
            var caveat = (rule.WeightVerified ? "" : " Weight is a configurable default (not verified).")
                + (rule.ScoringVerified ? "" : " Scoring rule is a configurable default (not verified).");
            items.Add(new ScoreItem(rule.Name, rule.Weight, null, Rounding.Round2(percent).ToString(CultureInfo.InvariantCulture) + "%", rule.Scoring, score, null,
                value.Explanation + caveat, false));
        }

        var total = ScoringEngine.RescaledTotal(items);
        var selfTotal = document.SelfEvaluation?.Score;
        var selfGrade = document.SelfEvaluation?.Grade is { } written ? Grades.Normalise(written, profile.Grades) ?? written : null;
        return new ScoreResult(profile.Id, profile.Version, total, Grades.For(total, profile.Grades), selfTotal, selfGrade,
            total is { } t && selfTotal is { } s ? Rounding.Round2(t - s) : null, items, insufficient, profile.Notes);
    }
}
