using PerfEval.Application.Abstractions;
using PerfEval.Application.Derivations;
using PerfEval.Application.Reports;

namespace PerfEval.Application.Scoring;

public static class ScoringStates
{
    public const string Pending = "pending";
    public const string Scored = "scored";
    public const string Failed = "failed";

    /// <summary>A version's scoring state, read from its score rows in the derivation ledger.</summary>
    public static ScoringStatus Of(IEnumerable<Derivation> rows)
    {
        var scores = rows.Where(r => DerivationKinds.IsScore(r.Kind)).ToList();
        if (scores.FirstOrDefault(r => r.State == DerivationStates.Failed) is { } failed)
            return new ScoringStatus(Failed, $"{(failed.Kind == DerivationKinds.ScoreApplicable ? "applicable profiles" : DerivationKinds.ProfileOf(failed.Kind))}: {failed.LastError}");
        return scores.Count > 0 && scores.All(r => r.State == DerivationStates.Done)
            ? new ScoringStatus(Scored, null)
            : new ScoringStatus(Pending, scores.FirstOrDefault(r => r.LastError is not null)?.LastError);
    }
}
