using PerfEval.Domain.Reports;
using PerfEval.Domain.Scoring;

namespace PerfEval.Domain.Declarations;

/// <summary>A self-evaluation scored twice under one profile: with the targets it quotes and with the declared ones.</summary>
public sealed record DeclaredScore(
    string Profile,
    string ProfileVersion,
    decimal? QuotedTotal,
    decimal? DeclaredTotal,
    decimal? Difference,
    string? QuotedGrade,
    string? DeclaredGrade,
    ScoreResult UnderDeclaredTargets);

/// <summary>
/// Rescores a 绩效自评表 under the approved declaration: each evaluated indicator is scored against its declared 指标值
/// and 分值 instead of the ones the self-evaluation quotes; an indicator that was never declared earns nothing (it is
/// left out, and the total is rescaled over the declared ones); a declared indicator the self-evaluation does not
/// evaluate scores 0 of its declared weight, because no completion is reported for it. The difference is declared
/// minus quoted, so a negative difference is what the changed targets were worth to the self-score.
/// </summary>
public static class DeclaredTargetScorer
{
    public const string NotEvaluated = "declaredNotEvaluated";

    public static DeclaredScore Score(ReportDocument report, DeclarationDocument declaration, ScoringProfile profile, IReadOnlyList<Audit.Finding> findings)
    {
        var quoted = ScoringEngine.Score(report, profile, findings);
        var comparison = TargetMatching.Compare(report, declaration);
        var substituted = ScoringEngine.Score(Substitute(report, comparison), profile, findings);

        var dropped = comparison.Dropped.Where(d => d.Declared.Weight is > 0).Select(d => new ScoreItem(d.Declared.Level3, d.Declared.Weight, d.Declared.Target.Text,
            null, NotEvaluated, 0m, null, "Declared, but not evaluated in the self-evaluation: 0 points.", true)).ToList();
        var items = substituted.Items.Concat(dropped).ToList();
        var total = ScoringEngine.RescaledTotal(items);
        var notes = substituted.Notes.Concat(comparison.Added.Select(a => $"{a.Stated.Level3}: not declared; left out of the score under declared targets.")).ToList();
        var declared = substituted with
        {
            Total = total,
            Grade = Grades.For(total, profile.Grades),
            Difference = total is { } t && substituted.SelfReportedTotal is { } s ? Rounding.Round2(t - s) : null,
            Items = items,
            Notes = notes,
        };
        return new DeclaredScore(profile.Id, profile.Version, quoted.Total, declared.Total,
            quoted.Total is { } q && declared.Total is { } d2 ? Rounding.Round2(d2 - q) : null, quoted.Grade, declared.Grade, declared);
    }

    private static ReportDocument Substitute(ReportDocument report, TargetComparison comparison)
    {
        if (report.IndicatorTables is not { } tables) return report;
        var byPointer = comparison.Matched.ToDictionary(p => p.ReportPointer);
        var added = comparison.Added.Select(a => a.ReportPointer).ToHashSet(StringComparer.Ordinal);
        var evaluated = comparison.TableOfSet.Values.ToHashSet();
        var rewritten = tables.Select((table, t) =>
        {
            if (!evaluated.Contains(t) || table.Indicators is not { } rows) return table;
            var kept = new List<Indicator>(rows.Count);
            for (var i = 0; i < rows.Count; i++)
            {
                var pointer = $"/indicatorTables/{t}/indicators/{i}";
                if (added.Contains(pointer)) continue;
                kept.Add(byPointer.TryGetValue(pointer, out var pair)
                    ? rows[i] with { Target = pair.Declared.Target, Weight = pair.Declared.Weight ?? rows[i].Weight }
                    : rows[i]);
            }
            return table with { Indicators = kept };
        }).ToList();
        return report with { IndicatorTables = rewritten };
    }
}
