namespace PerfEval.Domain.Scoring;

/// <summary>A report version scored under one profile. The caller stamps the computation time when storing it.</summary>
public record ScoreResult(
    string Profile,
    string ProfileVersion,
    decimal? Total,
    string? Grade,
    decimal? SelfReportedTotal,
    string? SelfReportedGrade,
    decimal? Difference,
    IReadOnlyList<ScoreItem> Items,
    IReadOnlyList<InsufficientData> Insufficient,
    IReadOnlyList<string> Notes);

/// <summary>One recomputed item. <see cref="Flagged"/> marks a recomputed score that differs from the self-score;
/// <see cref="Uncertain"/> marks one computed from a figure the audit flags as a unit slip or a contradiction
/// (<see cref="UncertainFindings"/> names those findings), so the score is not taken at face value.</summary>
public sealed record ScoreItem(
    string Indicator,
    decimal? Weight,
    string? Target,
    string? Actual,
    string Method,
    decimal? Score,
    decimal? SelfScore,
    string Explanation,
    bool Flagged,
    bool Uncertain = false,
    IReadOnlyList<string>? UncertainFindings = null);

/// <summary>A rule that could not be applied because the report lacks the figures it needs; never a guessed value.</summary>
public sealed record InsufficientData(string Indicator, string Reason);

public static class ScoreMethods
{
    public const string BudgetExecution = "budgetExecution";
    public const string QuantitativePositive = "quantitativePositive";
    public const string QuantitativeNegative = "quantitativeNegative";
    public const string QualitativeBand = "qualitativeBand";
    public const string Ceiling = "ceiling";
    public const string RatioCap = "ratioCap";
    public const string ValueOnly = "valueOnly";
}
