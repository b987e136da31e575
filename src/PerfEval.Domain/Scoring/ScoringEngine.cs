using PerfEval.Domain.Reports;

namespace PerfEval.Domain.Scoring;

/// <summary>Scores a report under a profile. Pure: the same document and profile always give the same result.</summary>
public static class ScoringEngine
{
    public static ScoreResult Score(ReportDocument document, ScoringProfile profile) => profile.Kind switch
    {
        ProfileKinds.SelfEvaluationTable => SelfEvaluationScorer.Score(document, profile),
        ProfileKinds.CommonIndicators => CommonIndicatorScorer.Score(document, profile),
        _ => throw new ArgumentException($"Unknown profile kind {profile.Kind}.", nameof(profile)),
    };

    /// <summary>Scores as above, then marks every item that uses a figure <paramref name="findings"/> flag as a unit slip
    /// or contradiction (the findings of <see cref="Audit.AuditEngine.Run"/> for the same document).</summary>
    public static ScoreResult Score(ReportDocument document, ScoringProfile profile, IReadOnlyList<Audit.Finding> findings) =>
        FlaggedInputs.Mark(Score(document, profile), document, profile, findings);

    /// <summary>Σ scores × 100 / Σ applicable weights: the 百分制 rescaling when some indicators do not apply.</summary>
    internal static decimal? RescaledTotal(IEnumerable<ScoreItem> items)
    {
        var scored = items.Where(i => i.Score is not null && i.Weight is > 0).ToList();
        var weights = scored.Sum(i => i.Weight!.Value);
        if (weights == 0) return null;
        var sum = scored.Sum(i => i.Score!.Value);
        return Rounding.Round2(weights == 100m ? sum : sum * 100m / weights);
    }
}
