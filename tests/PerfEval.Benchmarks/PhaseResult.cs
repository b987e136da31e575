namespace PerfEval.Benchmarks;

/// <summary>How the workers kept up: versions fully derived per second, and whether the backlog grew.</summary>
public sealed record DerivationResult(
    string Source,
    double DerivedPerSecond,
    double PendingSlopePerSecond,
    long PendingAtLoadEnd,
    double? DrainSeconds,
    IReadOnlyList<BacklogSample> Samples);

public sealed record PhaseResult(
    string Phase,
    string Roles,
    string Mode,
    double? OfferedRate,
    LoadResult? Load,
    DerivationResult? Derivation,
    string? Failure = null)
{
    /// <summary>Intake as a share of the raw limit measured in the same run (null without a raw phase).</summary>
    public double? RatioToRaw { get; init; }
}
